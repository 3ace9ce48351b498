/**
 * Compact JSON-LD written directly from blocks with the project-owned inline context (no jsonld.js at
 * publish time: it is far slower, and a harvester without network must read the dump). The context
 * types IRI-valued and single-datatype properties, so values are plain strings; the graph stays
 * exactly the Turtle dump's (a test reads both back and compares).
 */

import { IriCompactor } from './compactor.js';
import type { Quad } from './rdfjs.js';
import type { BlockStream, Sink } from './serialize.js';
import { DCAT, DCATAP, DCT, FOAF, RDF, RDFS, SCHEMA, SKOS, SPDX, VCARD, XSD } from './terms.js';

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
  SCHEMA.mainEntityOfPage,
  SCHEMA.creator,
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
