/**
 * Serialisations of blocks (all quads of one subject): Turtle and N-Triples through n3's Writer, and
 * compact JSON-LD written directly with a project-owned inline context. Each is a stream that hands
 * out text pieces, so a dump of any size is written without holding it whole, and a document can be
 * continued later ({@link TurtleStream.continuation}) with exactly the text one long stream would give.
 */
import type { Quad } from './rdfjs.js';
import { Writer } from 'n3';
import { DCAT, DCATAP, DCT, FOAF, RDF, RDFS, SCHEMA, SKOS, SPDX, VCARD, XSD } from './terms.js';

/** Receives the text of a serialisation piece by piece. */
export type Sink = (text: string) => void;

/** A serialisation in progress: blocks in, text out. */
export interface BlockStream {
  /** Writes one subject's quads (sorted, as the mapping gives them). */
  add(block: readonly Quad[]): void;
  /** Finishes the document. */
  end(): void;
  /** Number of blocks written so far. */
  readonly blocks: number;
}

/**
 * Turtle with `@prefix` lines, one subject per paragraph (`;` and `,` grouping), in block order.
 */
export class TurtleStream implements BlockStream {
  readonly #writer: Writer;
  readonly #sink: Sink;
  #blocks = 0;
  #started: boolean;
  #blankLineDue = false;
  /** Blocks written before this stream began (for a continuation). */
  readonly #before: number;

  constructor(prefixes: Readonly<Record<string, string>>, sink: Sink, options: { header?: boolean; blocksBefore?: number } = {}) {
    this.#sink = sink;
    this.#started = options.header ?? true;
    this.#before = options.blocksBefore ?? 0;
    // n3 writes the prefix lines at once; a continuation drops them (#started is false until the first block).
    this.#writer = new Writer(
      {
        write: (chunk: string, _encoding: unknown, done?: () => void) => {
          this.#emit(chunk);
          done?.();
        },
        end: (done?: () => void) => done?.(),
      } as unknown as NodeJS.WritableStream,
      { prefixes: { ...prefixes }, end: false },
    );
  }

  get blocks(): number {
    return this.#blocks;
  }

  #emit(chunk: string): void {
    if (!this.#started) return;
    // n3 ends the previous statement with ".\n" in the same chunk that starts a new subject:
    // that is where a paragraph break goes.
    if (this.#blankLineDue && chunk.startsWith('.\n')) {
      chunk = `.\n\n${chunk.slice(2)}`;
      this.#blankLineDue = false;
    }
    this.#sink(chunk);
  }

  add(block: readonly Quad[]): void {
    if (block.length === 0) return;
    if (!this.#started) {
      this.#started = true;
      if (this.#before > 0) this.#sink('\n');
    }
    this.#blankLineDue = this.#blocks > 0;
    this.#writer.addQuads(block as Quad[]);
    this.#blocks++;
  }

  end(): void {
    this.#writer.end();
  }

  /** A stream writing what this document would continue with (after {@link end} of this one). */
  static continuation(prefixes: Readonly<Record<string, string>>, sink: Sink, blocksBefore: number): TurtleStream {
    return new TurtleStream(prefixes, sink, { header: false, blocksBefore });
  }
}

/** N-Triples, canonical form (n3), one triple per line in block order. */
export class NTriplesStream implements BlockStream {
  static readonly #writer = new Writer({ format: 'N-Triples' });
  readonly #sink: Sink;
  #blocks = 0;

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  get blocks(): number {
    return this.#blocks;
  }

  add(block: readonly Quad[]): void {
    if (block.length === 0) return;
    this.#sink(NTriplesStream.#writer.quadsToString(block as Quad[]));
    this.#blocks++;
  }

  end(): void {}
}

/** Properties whose values are always IRIs: the context types them `@id`, so values are plain strings. */
const IRI_VALUED = [
  SKOS.inScheme,
  SKOS.exactMatch,
  SKOS.closeMatch,
  SKOS.broadMatch,
  SKOS.narrowMatch,
  SKOS.relatedMatch,
  RDFS.range,
  RDFS.isDefinedBy,
  DCT.type,
  DCT.source,
  DCT.language,
  DCT.spatial,
  DCT.temporal,
  DCT.audience,
  DCT.subject,
  DCT.coverage,
  DCT.educationLevel,
  DCT.contributor,
  DCT.isPartOf,
  DCT.publisher,
  DCT.license,
  DCT.rights,
  DCT.accessRights,
  DCT.accrualPeriodicity,
  DCT.format,
  DCT.relation,
  DCT.provenance,
  DCAT.dataset,
  DCAT.distribution,
  DCAT.themeTaxonomy,
  DCAT.theme,
  DCAT.contactPoint,
  DCAT.landingPage,
  DCAT.accessURL,
  DCAT.downloadURL,
  DCAT.mediaType,
  DCATAP.availability,
  SPDX.checksum,
  SPDX.algorithm,
  FOAF.homepage,
  FOAF.page,
  VCARD.hasURL,
  VCARD.hasEmail,
  SCHEMA.url,
  SCHEMA.additionalType,
  SCHEMA.genre,
  SCHEMA.spatialCoverage,
  SCHEMA.audience,
  SCHEMA.about,
  SCHEMA.educationalLevel,
  SCHEMA.creativeWorkStatus,
  SCHEMA.contributor,
  SCHEMA.encoding,
  SCHEMA.distribution,
  SCHEMA.contentUrl,
  SCHEMA.inDefinedTermSet,
  SCHEMA.isPartOf,
].map((t) => t.value);

/** Properties whose literals always have one datatype: the context types them, so values are plain strings. */
const TYPED: Readonly<Record<string, string>> = {
  [DCAT.byteSize.value]: XSD.nonNegativeInteger.value,
  [SPDX.checksumValue.value]: XSD.hexBinary.value,
};

/** Turns IRIs into compact IRIs (`prefix:rest`) with the longest matching prefix. */
export class IriCompactor {
  readonly #prefixes: [string, string][];
  readonly #cache = new Map<string, string>();

  constructor(prefixes: Readonly<Record<string, string>>) {
    this.#prefixes = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  }

  compact(iri: string): string {
    const cached = this.#cache.get(iri);
    if (cached !== undefined) return cached;
    let out = iri;
    for (const [name, ns] of this.#prefixes) {
      // A suffix starting with "//" would read as an absolute IRI; an empty one is not worth it.
      if (iri.length > ns.length && iri.startsWith(ns) && !iri.startsWith('//', ns.length)) {
        out = `${name}:${iri.slice(ns.length)}`;
        break;
      }
    }
    // Bounded: a dump's subjects are many and mostly seen once; predicates and shared nodes stay hot.
    if (this.#cache.size > 50_000) this.#cache.clear();
    this.#cache.set(iri, out);
    return out;
  }
}

/** The project's inline JSON-LD context for a set of prefixes: the prefixes, then typed properties. */
export function contextForPrefixes(prefixes: Readonly<Record<string, string>>, ownIriValued: readonly string[] = []): Record<string, unknown> {
  const compactor = new IriCompactor(prefixes);
  const context: Record<string, unknown> = {};
  for (const name of Object.keys(prefixes).sort()) context[name] = prefixes[name];
  for (const p of [...IRI_VALUED, ...ownIriValued].map((i) => compactor.compact(i)).sort()) context[p] = { '@type': '@id' };
  for (const p of Object.keys(TYPED).sort()) context[compactor.compact(p)] = { '@type': compactor.compact(TYPED[p]!) };
  return context;
}

/** A JSON-LD node object for one block. */
export function jsonLdNode(block: readonly Quad[], compactor: IriCompactor, iriValued: ReadonlySet<string>): Record<string, unknown> {
  const node: Record<string, unknown> = {};
  const subject = block[0]!.subject;
  node['@id'] = subject.termType === 'BlankNode' ? `_:${subject.value}` : compactor.compact(subject.value);
  const types: string[] = [];
  const values = new Map<string, unknown[]>();
  for (const q of block) {
    if (q.predicate.value === RDF.type.value && q.object.termType === 'NamedNode') {
      types.push(compactor.compact(q.object.value));
      continue;
    }
    const p = q.predicate.value;
    const key = compactor.compact(p);
    let list = values.get(key);
    if (!list) values.set(key, (list = []));
    list.push(jsonLdValue(q.object, compactor, iriValued.has(p) ? '@id' : TYPED[p]));
  }
  if (types.length) node['@type'] = types.length === 1 ? types[0] : types;
  for (const [key, list] of values) node[key] = list.length === 1 ? list[0] : list;
  return node;
}

function jsonLdValue(o: Quad['object'], compactor: IriCompactor, coercion: string | undefined): unknown {
  switch (o.termType) {
    case 'NamedNode':
      return coercion === '@id' ? compactor.compact(o.value) : { '@id': compactor.compact(o.value) };
    case 'BlankNode':
      return { '@id': `_:${o.value}` };
    case 'Literal': {
      if (o.language) return { '@value': o.value, '@language': o.language };
      const datatype = o.datatype.value;
      // A plain string is xsd:string unless the property is coerced; a value object is never coerced.
      if (datatype === XSD.string.value) return coercion === undefined ? o.value : { '@value': o.value };
      if (datatype === coercion) return o.value;
      return { '@value': o.value, '@type': compactor.compact(datatype) };
    }
    default:
      throw new Error(`JSON-LD: cannot write a ${o.termType} as an object`);
  }
}

/** IRIs of the properties the context types `@id`, for one base's own IRI-valued properties. */
export function iriValuedSet(ownIriValued: readonly string[] = []): ReadonlySet<string> {
  return new Set([...IRI_VALUED, ...ownIriValued]);
}

/**
 * Compact JSON-LD: `{ "@context": {…}, "@graph": [ node, … ] }`, formatted exactly as
 * `JSON.stringify(document, null, 2)` would, but written node by node. A document can be split in two
 * streams: the first with `footer: false`, the second with `header: false` and `blocksBefore`.
 */
export class JsonLdStream implements BlockStream {
  readonly #sink: Sink;
  readonly #compactor: IriCompactor;
  readonly #iriValued: ReadonlySet<string>;
  #blocks = 0;
  readonly #before: number;
  readonly #footer: boolean;

  constructor(
    context: Record<string, unknown>,
    prefixes: Readonly<Record<string, string>>,
    iriValued: ReadonlySet<string>,
    sink: Sink,
    options: { header?: boolean; footer?: boolean; blocksBefore?: number } = {},
  ) {
    this.#sink = sink;
    this.#compactor = new IriCompactor(prefixes);
    this.#iriValued = iriValued;
    this.#before = options.blocksBefore ?? 0;
    this.#footer = options.footer ?? true;
    if (options.header ?? true) sink(`{\n  "@context": ${indent(JSON.stringify(context, null, 2), '  ')},\n  "@graph": [`);
  }

  get blocks(): number {
    return this.#blocks;
  }

  add(block: readonly Quad[]): void {
    if (block.length === 0) return;
    const node = jsonLdNode(block, this.#compactor, this.#iriValued);
    const first = this.#before + this.#blocks === 0;
    // Nested twice, the native pretty-printer indents the node exactly as inside "@graph"; cut the nesting off.
    const nested = JSON.stringify([[node]], null, 2);
    this.#sink(first ? '\n' : ',\n');
    this.#sink(nested.slice(NESTED_HEAD.length - 4, nested.length - NESTED_TAIL.length));
    this.#blocks++;
  }

  end(): void {
    if (this.#footer) this.#sink(this.#before + this.#blocks === 0 ? ']\n}\n' : '\n  ]\n}\n');
  }
}

const NESTED_HEAD = '[\n  [\n    ';
const NESTED_TAIL = '\n  ]\n]';

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

