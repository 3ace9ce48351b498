import { createHash } from 'node:crypto';
import { Catalogue } from '../catalogue.js';
import { CODE_FIELD_NAMES, CODE_FIELDS, type CodeField, schemeOfField } from '../code-fields.js';
import { catalogueInfo as packageInfo } from '../generated/catalogue-info.js';
import { version as packageVersion } from '../generated/version.js';
import { conceptEntry, schemes } from '../multilingual-vocabulary.js';
import { catalogueIri, conceptIri, datasetIri, distributionIri, resourceIri, schemeIri } from '../rdf/iri.js';
import type { CatalogueInfo, Resource } from '../schema.js';
import type { VocabularyConcept, VocabularyScheme } from '../vocabulary-types.js';
import { FILTER_SCRIPT } from './filter-script.js';
import type { Chrome } from './layout.js';

/** The record fields holding codes, in the order pages show them. */
export { CODE_FIELD_NAMES };

/** What a page calls a code field: the title of its vocabulary ("Countries", "Levels of implementation"). */
export function fieldTitle(field: CodeField): string {
  return schemeOfField(field).title;
}

/** Codes a record carries in one of its code fields. */
export function codesOf(record: Resource, field: CodeField): readonly string[] {
  const value = record[field];
  return typeof value === 'string' ? [value] : value;
}

/** What to publish: by default the package's own catalogue. */
export interface SiteInput {
  resources: readonly Resource[];
  info?: CatalogueInfo;
  version?: string;
  /** Base of the IRIs (default: the catalogue's `baseIri`). */
  base?: string;
}

/**
 * Everything the pages of one site build need: the records with their indexes, the vocabularies,
 * and the path of every node. Paths are the node IRIs without the base, so
 * `<base>resource/x` is published as `resource/x.html`, `.ttl`, `.jsonld`, `.nt` and `.rdf`.
 */
export class SiteModel {
  readonly catalogue: Catalogue;
  readonly info: CatalogueInfo;
  readonly version: string;
  readonly base: string;
  readonly schemes: readonly VocabularyScheme[] = schemes;
  readonly chrome: Chrome;
  readonly #withCode = new Map<string, readonly Resource[]>();

  constructor(input: SiteInput) {
    this.catalogue = new Catalogue(input.resources);
    this.info = input.info ?? packageInfo;
    this.version = input.version ?? packageVersion;
    this.base = input.base ?? this.info.baseIri;
    this.chrome = chromeFor(this.info, this.version, this.base);
  }

  /**
   * Records carrying a code in its field (a code belongs to one vocabulary, so to one field), in catalogue order.
   * Kept per code: every record's page asks for its codes' lists.
   */
  resourcesWith(code: string): readonly Resource[] {
    let records = this.#withCode.get(code);
    if (!records) {
      const field = CODE_FIELD_NAMES.find((f) => (CODE_FIELDS[f].codes as readonly string[]).includes(code));
      if (!field) throw new RangeError(`code ${JSON.stringify(code)} is in no code field`);
      records = this.catalogue.withCode(field, code as never);
      this.#withCode.set(code, records);
    }
    return records;
  }

  /** The concept of a code and its scheme. */
  concept(code: string): { scheme: VocabularyScheme; concept: VocabularyConcept } {
    const hit = conceptEntry(code);
    if (!hit) throw new RangeError(`unknown code ${JSON.stringify(code)}`);
    return hit;
  }

  /** Path under the site root of a node IRI minted under this site's base. */
  pathOf(iri: string): string {
    if (!iri.startsWith(this.base)) throw new Error(`IRI <${iri}> is not under the site base <${this.base}>`);
    return decodeURI(iri.slice(this.base.length));
  }

  resourcePath(slug: string): string {
    return this.pathOf(resourceIri(slug, this.base));
  }
  conceptPath(code: string): string {
    return this.pathOf(conceptIri(this.concept(code).scheme.id, code, this.base));
  }
  schemePath(schemeId: string): string {
    return this.pathOf(schemeIri(schemeId, this.base));
  }
  get cataloguePath(): string {
    return this.pathOf(catalogueIri(this.base));
  }
  get datasetPath(): string {
    return this.pathOf(datasetIri(this.base));
  }
  distributionPath(format: string): string {
    return this.pathOf(distributionIri(format, this.base));
  }
}

/** The frame of every page (title, credits, navigation), for the package's catalogue by default. */
export function chromeFor(info: CatalogueInfo = packageInfo, version: string = packageVersion, base: string = info.baseIri): Chrome {
  const pathOf = (iri: string) => iri.slice(base.length);
  return {
    siteTitle: info.title,
    version,
    rights: info.rights,
    sourceName: `${info.source.title}, ${info.source.name}`,
    sourceUrl: info.source.url,
    base,
    cataloguePath: pathOf(catalogueIri(base)),
    datasetPath: pathOf(datasetIri(base)),
    csp: `default-src 'none'; style-src 'self'; img-src 'self'; script-src '${scriptHash(FILTER_SCRIPT)}'; base-uri 'none'; form-action 'none'`,
  };
}

/** CSP source for an inline script: its SHA-256 in base64. */
function scriptHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
