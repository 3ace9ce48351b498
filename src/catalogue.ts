import { type Bits, idsOf, intersectInto } from './catalogue/bitset.js';
import { CodeIndex } from './catalogue/code-index.js';
import { rank } from './catalogue/ranking.js';
import { TextIndex } from './catalogue/text-index.js';
import { CODE_FIELDS, type CodeField, FACET_NAMES, FACETS, type FacetCode, type FacetName } from './code-fields.js';
import { checkFilter, codeList, searchText, stringCode } from './guards.js';
import type { Resource } from './resource.js';
import { queryWords } from './text.js';

export { FACETS, type FacetCode, type FacetName };

/** The keys a filter may have; any other key is a mistake (`countries` for `country`), not "no restriction". */
const FILTER_KEYS: readonly string[] = Object.freeze([...FACET_NAMES, 'text']);

/** One code, or several meaning "any of these". */
export type OneOrMany<T> = T | readonly T[];

/**
 * A query: within one key, several codes mean any of them; different keys must all hold.
 * `text` matches records whose title, subtitle, description or keywords contain every word of it
 * as the start of a word, ignoring case and accents.
 */
export type ResourceFilter = { readonly [K in FacetName]?: OneOrMany<FacetCode[K]> } & { readonly text?: string };

/** Number of records per code, for every code of every facet (codes with no record count 0). */
export type FacetCounts = { [K in FacetName]: Record<FacetCode[K], number> };

/** A code of a code field, e.g. `CodeOf<'countries'>` is `CountryCode`. */
export type CodeOf<F extends CodeField> = Resource[F] extends ReadonlyArray<infer C> ? C : Resource[F];

/**
 * A set of records with indexes for fast lookup. Each index is built on first use, once: creating a catalogue
 * (and importing the package) costs nothing beyond holding the records, and the word index is built only
 * when a text query or a search first needs it.
 */
export class Catalogue {
  /** The records, in the order given (the package's own catalogue is sorted by slug). */
  readonly resources: readonly Resource[];
  #facetIndex?: CodeIndex;
  #fieldIndexes?: Map<CodeField, CodeIndex>;
  #textIndex?: TextIndex;
  #slugIndex?: Map<string, Resource>;

  constructor(resources: readonly Resource[]) {
    this.resources = resources;
  }

  /** The record with this slug, or `undefined`. */
  get(slug: string): Resource | undefined {
    this.#slugIndex ??= new Map(this.resources.map((r) => [r.slug, r]));
    return this.#slugIndex.get(slug);
  }

  /** Records matching every key of the filter (see {@link ResourceFilter}), in catalogue order; all records for an empty filter. */
  query(filter: ResourceFilter = {}): Resource[] {
    checkFilter(filter, FILTER_KEYS);
    const alone = this.#oneCode(filter);
    if (alone) return this.#records(alone);
    const bits = this.#select(filter);
    return bits ? this.#records(idsOf(bits)) : [...this.resources];
  }

  /** Counts per code of every facet, over the records matching `filter` (all records by default). */
  facets(filter: ResourceFilter = {}): FacetCounts {
    checkFilter(filter, FILTER_KEYS);
    const counts = this.#facets().counts(this.#select(filter));
    const out = {} as Record<FacetName, Record<string, number>>;
    let c = 0;
    for (const facet of FACET_NAMES) {
      const row: Record<string, number> = {};
      for (const code of FACETS[facet].codes) row[code] = counts[c++]!;
      out[facet] = row;
    }
    return out as FacetCounts;
  }

  /**
   * Records matching `text`, most relevant first, among those matching `filter`. Every word must match the
   * title, subtitle, description or keywords: as typed, as the start of a word for the last one (so results
   * follow typing), or within one typo for words of 5 letters or more (two from 9), ignoring case and accents.
   * Relevance is BM25F over those fields, the title counting double, exact words above completions and typos.
   * @example catalogue.search('second chance scool', { country: 'ES' })
   * @throws RangeError for a text without a word (only spaces or punctuation), which would otherwise match everything.
   */
  search(text: string, filter: ResourceFilter = {}): Resource[] {
    searchText(text);
    checkFilter(filter, FILTER_KEYS);
    return this.#records(rank(this.#text(), text, this.#select(filter))!);
  }

  /**
   * Records carrying `code` in the code field `field` (any field of the code-field table, facet or not), in
   * catalogue order.
   * @throws RangeError for a code outside the field's vocabulary (possible only from untyped callers).
   */
  withCode<F extends CodeField>(field: F, code: CodeOf<F>): Resource[] {
    const facet = FACET_NAMES.findIndex((name) => FACETS[name].field === field);
    const index = facet >= 0 ? this.#facets() : this.#fieldIndex(field);
    const id = index.codeId(Math.max(facet, 0), stringCode(code, CODE_FIELDS[field].noun));
    if (id === undefined) throw new RangeError(`unknown ${CODE_FIELDS[field].noun} code ${JSON.stringify(code)}`);
    return this.#records(index.postings(id));
  }

  #records(ids: ArrayLike<number>): Resource[] {
    const out = new Array<Resource>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.resources[ids[i]!]!;
    return out;
  }

  /** Global code ids of the codes a filter asks for under facet number `k`; unknown codes throw. */
  #codeIds(k: number, wanted: OneOrMany<string>): number[] {
    const facet = FACET_NAMES[k]!;
    return codeList(wanted, facet).map((code) => {
      const id = this.#facets().codeId(k, code);
      // Untyped callers (JavaScript, the CLI) get an error for a typo instead of an empty result.
      if (id === undefined) throw new RangeError(`unknown ${facet} code ${JSON.stringify(code)}`);
      return id;
    });
  }

  /** For a filter of a single code and nothing else: its posting list, the answer as it stands. */
  #oneCode(filter: ResourceFilter): Int32Array | undefined {
    const keys = FACET_NAMES.filter((facet) => filter[facet] !== undefined);
    if (keys.length !== 1 || filter.text !== undefined) return undefined;
    const k = FACET_NAMES.indexOf(keys[0]!);
    const ids = this.#codeIds(k, filter[keys[0]!]!);
    return ids.length === 1 ? this.#facets().postings(ids[0]!) : undefined;
  }

  /** The records matching `filter` as a bitset, or `undefined` when the filter restricts nothing. */
  #select(filter: ResourceFilter): Bits | undefined {
    let bits: Bits | undefined;
    const meet = (more: Bits) => (bits ? intersectInto(bits, more) : (bits = more));
    FACET_NAMES.forEach((facet, k) => {
      const wanted = filter[facet];
      if (wanted !== undefined) meet(this.#facets().anyOf(this.#codeIds(k, wanted)));
    });
    for (const word of filter.text === undefined ? [] : queryWords(filter.text)) meet(this.#text().startingWith(word));
    return bits;
  }

  #facets(): CodeIndex {
    return (this.#facetIndex ??= new CodeIndex(
      this.resources,
      FACET_NAMES.map((facet) => FACETS[facet]),
    ));
  }

  #fieldIndex(field: CodeField): CodeIndex {
    this.#fieldIndexes ??= new Map();
    let index = this.#fieldIndexes.get(field);
    if (!index) this.#fieldIndexes.set(field, (index = new CodeIndex(this.resources, [{ field, codes: CODE_FIELDS[field].codes }])));
    return index;
  }

  #text(): TextIndex {
    return (this.#textIndex ??= new TextIndex(this.resources));
  }
}
