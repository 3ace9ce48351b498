/**
 * Query latency and index build: the indexed Catalogue against the naive Array.filter a user would write (real
 * records), and against itemsjs, MiniSearch and Orama doing the same work on the same 100,000 synthetic records.
 */
import { performance } from 'node:perf_hooks';
import { search as oramaSearch } from '@orama/orama';
import { Catalogue } from '../src/catalogue.js';
import { records } from '../src/generated/records.js';
import type { Resource } from '../src/schema.js';
import { tokens } from '../src/text.js';
import { type BenchRow, compare, interleavedMedians } from './measure.js';
import { FACET_FIELDS, itemsjsFacets, itemsjsOf, itemsjsQuery, miniSearchOf, oramaFacetsOf, oramaSearchAll, oramaTextOf, oramaWhere } from './peers.js';
import { SYNTHETIC_TEXT, syntheticRecords } from './synthetic.js';

/** Records in the synthetic catalogue (`BENCH_N` overrides it for a quick trial run). */
const N = Number(process.env.BENCH_N ?? 100_000);

function naiveFacets(rs: readonly Resource[]) {
  const country: Record<string, number> = {};
  const type: Record<string, number> = {};
  for (const r of rs) {
    type[r.type] = (type[r.type] ?? 0) + 1;
    for (const c of r.countries) country[c] = (country[c] ?? 0) + 1;
  }
  return { country, type };
}

function naiveText(rs: readonly Resource[], q: string) {
  const words = tokens(q);
  return rs.filter((r) => {
    const have = tokens([r.title, r.subtitle ?? '', r.description, ...r.keywords].join(' '));
    return words.every((w) => have.some((h) => h.startsWith(w)));
  });
}

/** One row per peer doing the same work, all sides timed in turns. */
function versus(group: string, name: string, ours: () => unknown, peers: Array<[string, () => unknown]>, runs: number, note?: string): BenchRow[] {
  const [medianMs, ...peerMs] = interleavedMedians([ours, ...peers.map(([, fn]) => fn)], runs) as [number, ...number[]];
  return peers.map(([baseline], i) => ({ group, name, medianMs, baseline, baselineMs: peerMs[i]!, ...(note ? { note } : {}) }));
}

function realSuite(): BenchRow[] {
  const label = `query, ${records.length} real records`;
  const catalogue = new Catalogue(records);
  catalogue.search('second chance');
  return [
    compare(
      label,
      `byCountry('DE')`,
      () => catalogue.query({ country: 'DE' }),
      'Array.filter',
      () => records.filter((r) => r.countries.includes('DE')),
      51,
    ),
    compare(
      label,
      'query({ country, type })',
      () => catalogue.query({ country: 'DE', type: 'good-practice' }),
      'Array.filter',
      () => records.filter((r) => r.type === 'good-practice' && r.countries.includes('DE')),
      51,
    ),
    compare(
      label,
      'facets()',
      () => catalogue.facets(),
      'one loop counting',
      () => naiveFacets(records),
      51,
    ),
    compare(
      label,
      `query({ text: 'second chance' })`,
      () => catalogue.query({ text: 'second chance' }),
      'filter + tokenise',
      () => naiveText(records, 'second chance'),
      51,
    ),
  ];
}

function filterRows(group: string, rs: readonly Resource[], catalogue: Catalogue): BenchRow[] {
  const items = itemsjsOf(rs);
  const itemsByCountryType = itemsjsOf(rs, ['countries', 'type']);
  const orama = oramaFacetsOf(rs);
  const where = oramaWhere({ countries: 'DE', type: 'good-practice' });
  const facetsWanted = Object.fromEntries(FACET_FIELDS.map((f) => [f, { limit: 1000 }]));
  // The same answers: hit counts side by side, and the number of German records each counts.
  const hits = (q: unknown[], i: unknown[], o?: { count: number }) => `${q.length} hits; itemsjs ${i.length}${o ? `; Orama ${o.count}` : ''}`;
  const deCounted = () => {
    const itemsDe = (
      itemsjsFacets(items, { countries: ['DE'] }) as { countries: { buckets: Array<{ key: string; doc_count: number }> } }
    ).countries.buckets.find((b) => b.key === 'DE')?.doc_count;
    const oramaDe = (
      oramaSearch(orama, { where: oramaWhere({ countries: 'DE' }), facets: facetsWanted, preflight: true }) as {
        facets: { countries: { values: Record<string, number> } };
      }
    ).facets.countries.values.DE;
    return `country DE counted ${catalogue.facets({ country: 'DE' }).country.DE}; itemsjs ${itemsDe}; Orama ${oramaDe}`;
  };
  return [
    ...versus(
      group,
      `query({ country: 'DE' })`,
      () => catalogue.query({ country: 'DE' }),
      [['itemsjs', () => itemsjsQuery(itemsByCountryType, { countries: ['DE'] }, N)]],
      21,
      hits(catalogue.query({ country: 'DE' }), itemsjsQuery(itemsByCountryType, { countries: ['DE'] }, N)),
    ),
    ...versus(
      group,
      `query({ country: 'DE', type: 'good-practice' })`,
      () => catalogue.query({ country: 'DE', type: 'good-practice' }),
      [
        ['itemsjs', () => itemsjsQuery(itemsByCountryType, { countries: ['DE'], type: ['good-practice'] }, N)],
        ['Orama', () => oramaSearch(orama, { where, limit: N })],
      ],
      21,
      hits(
        catalogue.query({ country: 'DE', type: 'good-practice' }),
        itemsjsQuery(itemsByCountryType, { countries: ['DE'], type: ['good-practice'] }, N),
        oramaSearch(orama, { where, limit: N }) as { count: number },
      ),
    ),
    ...versus(
      group,
      `facets({ country: 'DE' }): every code of the 6 facets`,
      () => catalogue.facets({ country: 'DE' }),
      [
        ['itemsjs', () => itemsjsFacets(items, { countries: ['DE'] })],
        ['Orama', () => oramaSearch(orama, { where: oramaWhere({ countries: 'DE' }), facets: facetsWanted, preflight: true })],
      ],
      21,
      deCounted(),
    ),
  ];
}

/** Searches a user would type: common words, a typo in each word, a last word still being typed. */
const SEARCHES = ['second chance', 'aprenticeship coachng', 'youth guid'];

function searchRows(group: string, rs: readonly Resource[], catalogue: Catalogue): BenchRow[] {
  const mini = miniSearchOf(rs);
  const orama = oramaTextOf(rs);
  const rows: BenchRow[] = [];
  for (const q of SEARCHES) {
    const counts = `${catalogue.search(q).length} hits; MiniSearch ${mini.search(q).length}; Orama ${oramaSearchAll(orama, q, N).count}`;
    rows.push(
      ...versus(
        group,
        `search('${q}'), all hits ranked`,
        () => catalogue.search(q),
        [
          ['MiniSearch', () => mini.search(q)],
          ['Orama', () => oramaSearchAll(orama, q, N)],
        ],
        11,
        counts,
      ),
    );
  }
  const inDe = (r: { id: number }) => rs[r.id]!.countries.includes('DE');
  rows.push(
    ...versus(
      group,
      `search('second chance', { country: 'DE' })`,
      () => catalogue.search('second chance', { country: 'DE' }),
      [['MiniSearch', () => mini.search('second chance', { filter: (r) => inDe(r as never) })]],
      11,
    ),
  );
  return rows;
}

/** Builds from scratch, each side in turns (no warm-up: a build is a cold start by nature). */
function buildRows(group: string, rs: readonly Resource[]): BenchRow[] {
  const [facetMs, itemsMs] = interleavedMedians([() => new Catalogue(rs).facets(), () => itemsjsOf(rs)], 5, 0) as [number, number];
  const [textMs, miniMs] = interleavedMedians([() => new Catalogue(rs).search('x'), () => miniSearchOf(rs)], 3, 0) as [number, number];
  const [oramaMs] = interleavedMedians([() => oramaTextOf(rs)], 1, 0) as [number];
  return [
    { group, name: 'facet index build (first facets())', medianMs: facetMs, baseline: 'itemsjs (facets only)', baselineMs: itemsMs, note: 'median of 5' },
    { group, name: 'word index build (first search())', medianMs: textMs, baseline: 'MiniSearch addAll', baselineMs: miniMs, note: 'median of 3' },
    { group, name: 'word index build (first search())', medianMs: textMs, baseline: 'Orama insertMultiple', baselineMs: oramaMs, note: 'Orama: one run' },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const rs = syntheticRecords(N);
  const group = `vs peers, ${N.toLocaleString('en')} synthetic records`;
  const catalogue = new Catalogue(rs);
  const t0 = performance.now();
  catalogue.facets();
  const t1 = performance.now();
  catalogue.search('x');
  const t2 = performance.now();
  const words = new Set(rs.flatMap((r) => tokens(`${r.title} ${r.subtitle ?? ''} ${r.description} ${r.keywords.join(' ')}`))).size;
  return [
    ...realSuite(),
    ...filterRows(group, rs, catalogue),
    ...searchRows(group, rs, catalogue),
    ...buildRows(group, rs),
    {
      group,
      name: 'first use of this catalogue',
      medianMs: t2 - t0,
      note: `facet index ${(t1 - t0).toFixed(0)} ms, word index ${(t2 - t1).toFixed(0)} ms; text: ${words} distinct words drawn from ${SYNTHETIC_TEXT.vocabulary} real ones, ${SYNTHETIC_TEXT.distribution}`,
    },
  ];
}
