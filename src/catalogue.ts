import type { Resource } from './schema.js';
import { tokens } from './text.js';
import { CODE_FIELD_NAMES, FACET_NAMES, FACETS, type FacetCode, type FacetName } from './code-fields.js';

export { FACETS, type FacetCode, type FacetName };

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

type Ids = readonly number[];

/** Sorted, de-duplicated union of sorted id lists. */
function union(lists: Ids[]): Ids {
  if (lists.length === 1) return lists[0]!;
  const all = lists.flat().sort((a, b) => a - b);
  return all.filter((id, i) => i === 0 || id !== all[i - 1]);
}

const EMPTY: Ids = Object.freeze([]);

const codeSets = new Map<FacetName, ReadonlySet<string>>();
/** Untyped callers (JavaScript, the CLI) get an error for a typo instead of an empty result. */
function knownCode(facet: FacetName, code: string): boolean {
  let set = codeSets.get(facet);
  if (!set) codeSets.set(facet, (set = new Set<string>(FACETS[facet].codes)));
  return set.has(code);
}

/**
 * A set of records with indexes for fast lookup. Indexes are built on first use, once, so creating
 * a catalogue (and importing the package) costs nothing beyond holding the records.
 */
export class Catalogue {
  /** The records, in the order given (the package's own catalogue is sorted by slug). */
  readonly resources: readonly Resource[];
  #facetIndex?: { [K in FacetName]: Map<string, number[]> };
  #wordIndex?: { words: string[]; postings: Map<string, number[]> };
  #slugIndex?: Map<string, Resource>;
  #codeIndex?: Map<string, Resource[]>;

  constructor(resources: readonly Resource[]) {
    this.resources = resources;
  }

  /** The record with this slug, or `undefined`. */
  get(slug: string): Resource | undefined {
    this.#slugIndex ??= new Map(this.resources.map((r) => [r.slug, r]));
    return this.#slugIndex.get(slug);
  }

  /**
   * Records carrying `code` in any code field, facet or not (a code belongs to one vocabulary, so to one
   * field), in catalogue order; none for a code no record carries. What a concept's page lists.
   */
  withCode(code: string): readonly Resource[] {
    if (!this.#codeIndex) {
      const index = new Map<string, Resource[]>();
      for (const record of this.resources) {
        for (const field of CODE_FIELD_NAMES) {
          const value = record[field];
          for (const c of Array.isArray(value) ? value : [value]) {
            const list = index.get(c);
            if (!list) index.set(c, [record]);
            else if (list[list.length - 1] !== record) list.push(record);
          }
        }
      }
      this.#codeIndex = index;
    }
    return this.#codeIndex.get(code) ?? [];
  }

  /** Records matching every key of the filter (see {@link ResourceFilter}); all records for an empty filter. */
  query(filter: ResourceFilter = {}): Resource[] {
    const ids = this.#match(filter);
    return ids ? ids.map((id) => this.resources[id]!) : [...this.resources];
  }

  /** Counts per code of every facet, over the records matching `filter` (all records by default). */
  facets(filter: ResourceFilter = {}): FacetCounts {
    const ids = this.#match(filter);
    const counts = {} as Record<FacetName, Record<string, number>>;
    const index = this.#facets();
    for (const facet of FACET_NAMES) {
      const row: Record<string, number> = {};
      if (!ids) for (const code of FACETS[facet].codes) row[code] = index[facet].get(code)?.length ?? 0;
      else {
        for (const code of FACETS[facet].codes) row[code] = 0;
        const field = FACETS[facet].field;
        for (const id of ids) {
          const value = this.resources[id]![field];
          for (const code of Array.isArray(value) ? value : [value]) row[code]!++;
        }
      }
      counts[facet] = row;
    }
    return counts as FacetCounts;
  }

  /**
   * Ids matching the filter, or `undefined` when the filter restricts nothing. The most selective
   * condition supplies the candidates from its index; the others are then checked on each candidate
   * directly, which is cheaper than intersecting large posting lists.
   */
  #match(filter: ResourceFilter): Ids | undefined {
    const conditions: Array<{ size: number; ids: () => Ids; test: (id: number) => boolean }> = [];
    const index = this.#facets();
    for (const facet of FACET_NAMES) {
      const wanted = filter[facet];
      if (wanted === undefined) continue;
      const codes: readonly string[] = typeof wanted === 'string' ? [wanted] : wanted;
      for (const code of codes) if (!knownCode(facet, code)) throw new RangeError(`unknown ${facet} code ${JSON.stringify(code)}`);
      const lists = codes.map((c) => index[facet].get(c) ?? EMPTY);
      const set = new Set(codes);
      const field = FACETS[facet].field;
      conditions.push({
        size: lists.reduce((n, l) => n + l.length, 0),
        ids: () => (lists.length ? union(lists) : EMPTY),
        test: (id) => {
          const value = this.resources[id]![field];
          return Array.isArray(value) ? value.some((c) => set.has(c)) : set.has(value as string);
        },
      });
    }
    for (const word of filter.text === undefined ? [] : tokens(filter.text)) {
      const ids = this.#wordsStartingWith(word);
      let set: Set<number> | undefined;
      conditions.push({ size: ids.length, ids: () => ids, test: (id) => (set ??= new Set(ids)).has(id) });
    }
    if (conditions.length === 0) return undefined;
    conditions.sort((a, b) => a.size - b.size);
    const [driver, ...rest] = conditions;
    const candidates = driver!.ids();
    return rest.length ? candidates.filter((id) => rest.every((c) => c.test(id))) : candidates;
  }

  #facets() {
    if (!this.#facetIndex) {
      const index = {} as { [K in FacetName]: Map<string, number[]> };
      for (const facet of FACET_NAMES) index[facet] = new Map();
      this.resources.forEach((record, id) => {
        for (const facet of FACET_NAMES) {
          const value = record[FACETS[facet].field];
          for (const code of Array.isArray(value) ? value : [value]) {
            const list = index[facet].get(code);
            if (list) list.push(id);
            else index[facet].set(code, [id]);
          }
        }
      });
      this.#facetIndex = index;
    }
    return this.#facetIndex;
  }

  #wordsStartingWith(prefix: string): Ids {
    if (!this.#wordIndex) {
      const postings = new Map<string, number[]>();
      this.resources.forEach((r, id) => {
        const text = [r.title, r.subtitle ?? '', r.description, ...r.keywords].join(' ');
        for (const word of new Set(tokens(text))) {
          const list = postings.get(word);
          if (list) list.push(id);
          else postings.set(word, [id]);
        }
      });
      this.#wordIndex = { words: [...postings.keys()].sort(), postings };
    }
    const { words, postings } = this.#wordIndex;
    // Words are sorted, so those starting with `prefix` form one run from its lower bound.
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const hits: Ids[] = [];
    for (let i = lo; i < words.length && words[i]!.startsWith(prefix); i++) hits.push(postings.get(words[i]!)!);
    return hits.length ? union(hits) : EMPTY;
  }
}
