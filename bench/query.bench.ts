/** Query latency: the indexed Catalogue against the naive Array.filter a user would write, on real and 100,000 records. */
import { Catalogue } from '../src/catalogue.js';
import { records } from '../src/generated/records.js';
import { countryCodes, resourceTypeCodes } from '../src/generated/vocabulary.js';
import type { Resource } from '../src/schema.js';
import { tokens } from '../src/text.js';
import { compare, type BenchRow } from './measure.js';
import { syntheticRecords } from './synthetic.js';

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

function suite(label: string, rs: readonly Resource[]): BenchRow[] {
  const catalogue = new Catalogue(rs);
  catalogue.query({ country: 'DE', text: 'x' }); // build the indexes once, outside the timings
  const country = countryCodes.includes('DE') ? 'DE' : countryCodes[0];
  const type = resourceTypeCodes.includes('good-practice') ? 'good-practice' : resourceTypeCodes[0];
  const runs = rs.length > 10_000 ? 11 : 51;
  return [
    compare(label, `byCountry('${country}')`, () => catalogue.query({ country }), 'Array.filter', () => rs.filter((r) => r.countries.includes(country)), runs),
    compare(label, `query({ country, type })`, () => catalogue.query({ country, type }), 'Array.filter', () => rs.filter((r) => r.type === type && r.countries.includes(country)), runs),
    compare(label, 'facets()', () => catalogue.facets(), 'one loop counting', () => naiveFacets(rs), runs),
    compare(label, `query({ text: 'second chance' })`, () => catalogue.query({ text: 'second chance' }), 'filter + tokenise', () => naiveText(rs, 'second chance'), runs),
  ];
}

export async function run(): Promise<BenchRow[]> {
  const real = suite(`query, ${records.length} real records`, records);
  const synthetic = syntheticRecords(100_000);
  const t0 = performance.now();
  new Catalogue(synthetic).query({ country: 'DE', text: 'x' });
  const indexMs = performance.now() - t0;
  return [
    ...real,
    ...suite('query, 100,000 synthetic records', synthetic),
    { group: 'query, 100,000 synthetic records', name: 'first query (builds every index)', medianMs: indexMs, note: 'one-off, paid on first use' },
  ];
}
