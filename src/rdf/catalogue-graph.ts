/**
 * The catalogue graph in the order every serialisation writes it:
 * records (each followed by its organisations and downloads) → shared nodes they use (EU countries and
 * languages, EuroVoc terms) → vocabularies and ontology → DCAT description (last, so a dump writer
 * can compute file sizes from the rest before writing it).
 */

import { catalogueInfo } from '../generated/catalogue-info.js';
import { version as packageVersion } from '../generated/version.js';
import type { LanguageCode } from '../generated/vocabulary.js';
import { resources as allResources } from '../package-catalogue.js';
import type { CatalogueInfo, Resource } from '../schema.js';
import { dcatBlocks } from './dcat.js';
import type { FileFacts } from './dump-files.js';
import { RecordMapper } from './graph.js';
import { contextForPrefixes, iriValuedSet } from './jsonld.js';
import { DEFAULT_BASE, prefixesFor } from './namespaces.js';
import { IRI_VALUED_TERMS, ontologyBlocks, ontologyTerm } from './ontology.js';
import type { Quad } from './rdfjs.js';
import { EU_LEVEL, schemeIds, vocabularyBlocks } from './vocabulary-graph.js';

/** The language of the catalogue's own texts (titles, descriptions, labels). */
const METADATA_LANGUAGE: LanguageCode = 'en';

/** Options of every RDF function. */
export interface RdfOptions {
  /** Base under which the catalogue's IRIs are minted (default `https://w3id.org/elet-resources/`). */
  base?: string;
  /**
   * Include the DCAT-AP description (catalogue, dataset, distributions). Default: `true` for the whole
   * catalogue (no `resources` given), `false` for a subset, which is not the published dataset.
   */
  dcat?: boolean;
  /** Include every vocabulary and the project ontology. Default: as `dcat`. A subset gets only the concepts it uses. */
  vocabularies?: boolean;
  /** Release date for `dct:modified`, `YYYY-MM-DD` (default: the catalogue's `issued` date). */
  modified?: string;
  /** Sizes and checksums of the dump files, by distribution format key (`ttl`, `csv`, …); the build fills these in. */
  files?: Readonly<Record<string, FileFacts | undefined>>;
  /** Catalogue metadata (default: the package's `data/catalogue.json`). */
  info?: CatalogueInfo;
  /** Version for `dcat:version` (default: the package version). */
  version?: string;
}

/** Options with every default applied. */
export interface ResolvedOptions {
  base: string;
  dcat: boolean;
  vocabularies: boolean;
  modified: string;
  files: Readonly<Record<string, FileFacts | undefined>>;
  info: CatalogueInfo;
  version: string;
}

function resolveOptions(wholeCatalogue: boolean, options: RdfOptions = {}): ResolvedOptions {
  const info = options.info ?? catalogueInfo;
  const dcat = options.dcat ?? wholeCatalogue;
  return {
    base: options.base ?? DEFAULT_BASE,
    dcat,
    vocabularies: options.vocabularies ?? dcat,
    modified: options.modified ?? (options.info ? options.info.issued : catalogueInfo.modified),
    files: options.files ?? {},
    info,
    version: options.version ?? packageVersion,
  };
}

/** The prefixes Turtle declares and the JSON-LD context defines, for one base. */
export function prefixes(base: string = DEFAULT_BASE): Readonly<Record<string, string>> {
  return prefixesFor(base, schemeIds());
}

/** Properties of the project's own ontology whose values are IRIs (typed `@id` in the JSON-LD context). */
export function ownIriValued(base: string = DEFAULT_BASE): string[] {
  return IRI_VALUED_TERMS.map((t) => ontologyTerm(t, base));
}

/**
 * The project's inline JSON-LD context: every prefix of {@link prefixes}, with IRI-valued and
 * single-datatype properties typed so their values are plain strings. Terms are compact IRIs
 * (`"dct:title"`, `"schema:name"`): no term is silently mapped to something else.
 */
export function catalogueContext(base: string = DEFAULT_BASE): Record<string, unknown> {
  return contextForPrefixes(prefixes(base), ownIriValued(base));
}

/** The set of IRI-valued properties the context types `@id`. */
export function iriValued(base: string = DEFAULT_BASE): ReadonlySet<string> {
  return iriValuedSet(ownIriValued(base));
}

/** The graph of some records, produced block by block. */
export class CatalogueGraph {
  readonly options: ResolvedOptions;
  readonly resources: readonly Resource[];
  readonly #mapper: RecordMapper;
  #contentDone = false;

  /** `resources` omitted: the whole catalogue, with DCAT and vocabularies by default. */
  constructor(resources: readonly Resource[] | undefined, options: RdfOptions = {}) {
    this.options = resolveOptions(resources === undefined, options);
    this.resources = resources ?? allResources;
    this.#mapper = new RecordMapper(this.options.base);
  }

  /** Records, the shared nodes they use, vocabularies and ontology: everything but the DCAT description. */
  *contentBlocks(): Generator<Quad[]> {
    for (const part of this.contentParts()) yield* part.blocks;
  }

  /**
   * {@link contentBlocks} in parts: one per record (the record, then its organisations and downloads),
   * then one with the rest. A reader that handles a record at a time (the site build) holds no more.
   */
  *contentParts(): Generator<{ record?: Resource; blocks: Quad[][] }> {
    if (this.#contentDone) throw new Error('CatalogueGraph.contentBlocks() can only be walked once');
    this.#contentDone = true;
    for (const record of this.resources) yield { record, blocks: this.#mapper.record(record) };
    yield { blocks: [...this.#tailBlocks()] };
  }

  *#tailBlocks(): Generator<Quad[]> {
    if (this.options.dcat) {
      // The description uses the EU level and the metadata language: describe them with the other shared nodes.
      this.#mapper.nodes.country(EU_LEVEL);
      this.#mapper.nodes.language(METADATA_LANGUAGE);
    }
    yield* this.#mapper.nodes.blocks(this.options.vocabularies);
    if (this.options.vocabularies) {
      yield* vocabularyBlocks(this.options.base);
      yield* ontologyBlocks(this.options.base);
    }
  }

  /**
   * The DCAT description (after {@link contentBlocks} has been walked: it states the records' coverage).
   * `files` overrides the options' file facts, so a dump writer can try sizes until they are stable.
   */
  dcatDescription(files: Readonly<Record<string, FileFacts | undefined>> = this.options.files): Quad[][] {
    if (!this.options.dcat) return [];
    if (!this.#contentDone) throw new Error('CatalogueGraph.dcatDescription() needs contentBlocks() walked first');
    const euLevel = this.#mapper.nodes.country(EU_LEVEL).value;
    const { base, info, version, modified } = this.options;
    return dcatBlocks({
      base,
      info,
      version,
      modified,
      files,
      euLevel,
      places: new Set([...this.#mapper.places, euLevel]),
      subjects: this.#mapper.subjects,
      firstYear: this.#mapper.firstYear,
      lastYear: this.#mapper.lastYear,
      language: this.#mapper.nodes.language(METADATA_LANGUAGE).value,
    });
  }

  /** Every block in document order. */
  *blocks(): Generator<Quad[]> {
    yield* this.contentBlocks();
    yield* this.dcatDescription();
  }

  /** Descriptions of the shared nodes the DCAT description uses (countries, languages, EuroVoc, their tables), for a stand-alone DCAT file. */
  dcatReferences(): Quad[][] {
    const candidates = this.#mapper.nodes.blocks(true);
    const used = new Set<string>();
    const note = (blocks: Iterable<Quad[]>) => {
      for (const block of blocks) for (const q of block) if (q.object.termType === 'NamedNode') used.add(q.object.value);
    };
    note(this.dcatDescription());
    // Shared nodes point on to their tables: follow references until nothing new is picked.
    const picked = new Set<Quad[]>();
    for (let grew = true; grew; ) {
      grew = false;
      for (const block of candidates) {
        if (!picked.has(block) && used.has(block[0]!.subject.value)) {
          picked.add(block);
          note([block]);
          grew = true;
        }
      }
    }
    return candidates.filter((block) => picked.has(block));
  }
}
