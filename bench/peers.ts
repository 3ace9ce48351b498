/**
 * The engines a developer might pick instead of `Catalogue`, set up to do the same work on the same records:
 * itemsjs (facets), MiniSearch and Orama (ranked search). Same searched fields and title boost, the same
 * tokens (our folding: case and accents ignored), prefix matching and typo tolerance as close as each allows.
 */
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import itemsjs from 'itemsjs';
import MiniSearch from 'minisearch';
import { typosAllowed } from '../src/catalogue/similar-words.js';
import { SEARCHED_FIELDS } from '../src/catalogue/text-index.js';
import { FACET_NAMES, FACETS } from '../src/code-fields.js';
import type { Resource } from '../src/schema.js';
import { tokens } from '../src/text.js';

/** The searched fields and their boosts, as `Catalogue` ranks them. */
export const FIELDS = SEARCHED_FIELDS.map(([field]) => field);
export const BOOST = Object.fromEntries(SEARCHED_FIELDS.filter(([, boost]) => boost !== 1));
/** The record fields behind the facets (itemsjs and Orama filter and count by field). */
export const FACET_FIELDS = FACET_NAMES.map((facet) => FACETS[facet].field);

const text = (r: Resource, field: string) => {
  const value = r[field as keyof Resource];
  return Array.isArray(value) ? value.join(' ') : ((value as string | undefined) ?? '');
};

/** MiniSearch with AND semantics, prefix on the last word, 1 typo from 5 letters and 2 from 9. */
export function miniSearchOf(rs: readonly Resource[]): MiniSearch<{ id: number }> {
  const ms = new MiniSearch<{ id: number }>({
    fields: FIELDS,
    extractField: (doc, field) => (field === 'id' ? String(doc.id) : text(rs[doc.id]!, field)),
    tokenize: (s) => tokens(s),
    processTerm: (t) => t,
    searchOptions: {
      boost: BOOST,
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => typosAllowed(term.length) || false,
    },
  });
  ms.addAll(rs.map((_, id) => ({ id })));
  return ms;
}

type ItemsEngine = { search: (options: Record<string, unknown>) => { data: { items: unknown[]; aggregations: unknown } } };

/** itemsjs over the facet fields only (its own full-text search disabled: it indexes facets, as ours does). */
export function itemsjsOf(rs: readonly Resource[], fields: readonly string[] = FACET_FIELDS): ItemsEngine {
  const items = rs.map((r, i) => Object.fromEntries([['id', i], ...fields.map((f) => [f, r[f as keyof Resource]])]));
  const aggregations = Object.fromEntries(fields.map((f) => [f, { title: f, size: 1000, conjunction: true }]));
  return (itemsjs as unknown as (data: unknown[], config: unknown) => ItemsEngine)(items, { aggregations, native_search_enabled: false });
}

/** itemsjs answer to a filter: every matching item (its aggregations come with it). */
export function itemsjsQuery(engine: ItemsEngine, filters: Record<string, string[]>, n: number): unknown[] {
  return engine.search({ filters, per_page: n }).data.items;
}

/** itemsjs facet counts over a filter, no items. */
export function itemsjsFacets(engine: ItemsEngine, filters: Record<string, string[]>): unknown {
  return engine.search({ filters, per_page: 0 }).data.aggregations;
}

const tokenizer = { language: 'english', normalizationCache: new Map<string, string>(), tokenize: (raw: string) => tokens(raw) };

/** Orama over the searched fields (text only, as MiniSearch and our word index). */
export function oramaTextOf(rs: readonly Resource[]) {
  const db = create({
    schema: { title: 'string', subtitle: 'string', description: 'string', keywords: 'string[]' } as const,
    components: { tokenizer },
  });
  syncOnly(
    insertMultiple(
      db,
      rs.map((r) => ({ title: r.title, subtitle: r.subtitle ?? '', description: r.description, keywords: [...r.keywords] })),
    ),
  );
  return db;
}

/**
 * Orama's nearest to the same search: AND (threshold 0), title boost, all matches returned. Orama cannot
 * restrict prefix matching to the last word nor scale the typos with word length: it matches every word
 * by prefix, with one typo allowed on every word.
 */
export function oramaSearchAll(db: ReturnType<typeof oramaTextOf>, term: string, n: number) {
  return oramaSearch(db, { term, properties: FIELDS as never, boost: BOOST, tolerance: 1, threshold: 0, limit: n }) as { count: number };
}

/** Orama over the facet fields. */
export function oramaFacetsOf(rs: readonly Resource[]) {
  const schema = Object.fromEntries(FACET_FIELDS.map((f) => [f, f === 'type' ? 'enum' : 'enum[]']));
  const db = create({ schema: schema as Record<string, 'enum' | 'enum[]'> });
  syncOnly(
    insertMultiple(
      db,
      rs.map((r) => Object.fromEntries(FACET_FIELDS.map((f) => [f, r[f]]))),
    ),
  );
  return db;
}

/** Orama `where` clause for codes per record field (one code each). */
export function oramaWhere(filters: Record<string, string>) {
  return Object.fromEntries(Object.entries(filters).map(([f, code]) => [f, f === 'type' ? { eq: code } : { containsAll: [code] }]));
}

/** Orama's inserts are typed "maybe a promise"; with synchronous components they are not, and the timings rely on it. */
function syncOnly(result: unknown): void {
  if (result instanceof Promise) throw new Error('Orama inserted asynchronously: the benchmark would time nothing');
}
