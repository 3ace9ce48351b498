import { describe, expect, it } from 'vitest';
import { bytesFromShownSize, ResourceSchema, type ResourceInput } from '../src/schema.js';
import { rawRecords } from './helpers/project.js';

const valid: ResourceInput = {
  slug: 'example-record',
  type: 'good-practice',
  title: 'Example',
  description: 'An example record.',
  countries: ['ES', 'EU'],
  sourceUrl: 'https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/example-record',
  seenAt: ['https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/example-record'],
  downloads: [{ title: 'Report', language: 'en', size: { shown: '396.61 KB', bytes: 406129 } }],
};

/** The messages zod gives for `record`, as "field: message". */
function problems(record: unknown): string[] {
  const r = ResourceSchema.safeParse(record);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('ResourceSchema', () => {
  it('accepts every record in data/ and a minimal one, filling empty lists', () => {
    for (const record of rawRecords()) expect(problems(record), record.slug).toEqual([]);
    const parsed = ResourceSchema.parse(valid);
    expect(parsed.beneficiaries).toEqual([]);
    expect(parsed.curated).toEqual([]);
  });

  it.each([
    ['unknown country code', { countries: ['ES', 'SP'] }, 'countries.1: unknown country code "SP"'],
    ['duplicate code', { countries: ['ES', 'ES'] }, 'countries: duplicate country code'],
    ['unknown type', { type: 'Publications' }, 'type: unknown resource type code "Publications"'],
    ['javascript: URL', { sourceUrl: 'javascript:alert(1)' }, 'sourceUrl: not an absolute http(s) URL: "javascript:alert(1)"'],
    ['relative URL', { externalUrl: '/en/page' }, 'externalUrl: not an absolute http(s) URL: "/en/page"'],
    ['ftp URL', { seenAt: ['ftp://example.org/x'] }, 'seenAt.0: not an absolute http(s) URL: "ftp://example.org/x"'],
    ['empty provenance', { seenAt: [] }, 'seenAt: must list at least one URL'],
    ['slug not kebab-case', { slug: 'Example_Record' }, 'slug: must be kebab-case: a-z, 0-9 and single hyphens'],
    ['blank description', { description: '   ' }, 'description: must not be empty'],
    ['unknown key', { colour: 'red' }, ': Unrecognized key: "colour"'],
    ['invalid date', { date: '2020-02-30' }, 'date: must be a date YYYY-MM-DD'],
    ['year out of range', { year: 1066 }, 'year: Too small: expected number to be >=1950'],
    ['size that does not match', { downloads: [{ title: 'R', size: { shown: '1 KB', bytes: 1000 } }] }, 'downloads.0.size.bytes: bytes does not match shown size "1 KB" (expected 1024)'],
    ['negative size', { downloads: [{ title: 'R', size: { shown: '1 KB', bytes: -1 } }] }, 'downloads.0.size.bytes: must be a whole number of bytes, 0 or more'],
    ['unknown curated facet', { curated: ['colour'] }, 'curated.0: unknown facet "colour"'],
  ])('rejects %s with a message naming the field', (_, change, message) => {
    expect(problems({ ...valid, ...change })).toContain(message);
  });

  it('rejects a record missing required fields, naming each', () => {
    const { title: _t, description: _d, ...rest } = valid;
    expect(problems(rest)).toEqual(expect.arrayContaining([expect.stringMatching(/^title: /), expect.stringMatching(/^description: /)]));
  });
});

describe('bytesFromShownSize', () => {
  it('reads sizes as the toolkit shows them, in binary units', () => {
    expect(bytesFromShownSize('396.61 KB')).toBe(406129);
    expect(bytesFromShownSize('2.1 MB')).toBe(2202010);
    expect(bytesFromShownSize('512 bytes')).toBe(512);
    expect(bytesFromShownSize('about 2 MB')).toBeUndefined();
  });
});
