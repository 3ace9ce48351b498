import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecords } from '../src/data/load-records.js';
import { formatProblem } from '../src/data/problems.js';
import { bytesFromShownSize, type ResourceInput, ResourceSchema } from '../src/schema.js';
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
    [
      'size that does not match',
      { downloads: [{ title: 'R', size: { shown: '1 KB', bytes: 1000 } }] },
      'downloads.0.size.bytes: bytes does not match shown size "1 KB" (expected 1024)',
    ],
    [
      'negative size',
      { downloads: [{ title: 'R', size: { shown: '1 KB', bytes: -1 } }] },
      'downloads.0.size.bytes: must be a whole number of bytes, 0 or more',
    ],
    ['unknown curated facet', { curated: ['colour'] }, 'curated.0: unknown facet "colour"'],
    ['unknown title source', { titleSource: 'guess' }, 'titleSource: unknown title source "guess"'],
    ['unknown type source', { typeSource: 'hint' }, 'typeSource: unknown type source "hint"'],
    ['English tagged as a title language', { titleLanguage: 'en' }, 'titleLanguage: omit titleLanguage for an English title'],
    ['unknown title language', { titleLanguage: 'xx' }, 'titleLanguage: unknown language code "xx"'],
    ['a curated type with a type source', { typeSource: 'shown', curated: ['type'] }, 'typeSource: a curated type has no typeSource'],
    [
      'an http own page',
      { pageUrl: 'http://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/example-record' },
      expect.stringMatching(/^pageUrl: must be the toolkit page in canonical form .* \(https, \/en\/ UI path\)/),
    ],
    [
      'an own page in another UI language',
      { pageUrl: 'https://www.cedefop.europa.eu/lv/tools/vet-toolkit-tackling-early-leaving/resources/example-record' },
      expect.stringMatching(/^pageUrl: must be the toolkit page in canonical form/),
    ],
    [
      'an own page on the old /toolkits/ path',
      { pageUrl: 'https://www.cedefop.europa.eu/en/toolkits/vet-toolkit-tackling-early-leaving/resources/example-record' },
      expect.stringMatching(/^pageUrl: must be the toolkit page in canonical form/),
    ],
    [
      "another resource's page as own page",
      { pageUrl: 'https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/other-record' },
      'pageUrl: must end in the record\'s slug "/example-record"',
    ],
  ])('rejects %s with a message naming the field', (_, change, message) => {
    expect(problems({ ...valid, ...change })).toContainEqual(message);
  });

  it('accepts the identity and provenance fields: own page, title and type sources, title language', () => {
    const record = { ...valid, pageUrl: valid.sourceUrl, titleSource: 'page', titleLanguage: 'fr', typeSource: 'layout' };
    expect(problems(record)).toEqual([]);
    const nested =
      'https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/vet-toolkit-upskilling-pathways/best-practices/example-record';
    expect(problems({ ...valid, pageUrl: nested })).toEqual([]);
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

describe('loadRecords: own pages', () => {
  const LISTING = 'https://www.cedefop.europa.eu/en/toolkits/vet-toolkit-tackling-early-leaving/resources';
  const PAGE = 'https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/';

  /** Problems of a data folder holding `records`, each written to `<slug>.json` unless a file name is given. */
  function folderProblems(...records: Array<ResourceInput & { file?: string }>): string[] {
    const root = mkdtempSync(join(tmpdir(), 'elet-own-pages-'));
    try {
      const dir = join(root, 'resources');
      mkdirSync(dir);
      for (const { file, ...r } of records) writeFileSync(join(dir, file ?? `${r.slug}.json`), JSON.stringify(r));
      return loadRecords(dir, root).problems.map(formatProblem);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const record = (slug: string, changes: Partial<ResourceInput> = {}): ResourceInput => ({
    ...valid,
    slug,
    title: slug,
    sourceUrl: LISTING,
    seenAt: [LISTING],
    ...changes,
  });

  it('accepts an own page seen in another UI language or on the old path, given in canonical form', () => {
    const seen = 'https://www.cedefop.europa.eu/lv/toolkits/vet-toolkit-tackling-early-leaving/resources/seen-in-latvian?page=2';
    expect(folderProblems(record('seen-in-latvian', { pageUrl: PAGE + 'seen-in-latvian', seenAt: [LISTING, seen] }))).toEqual([]);
  });

  it('rejects an own page no stored copy was seen of', () => {
    expect(folderProblems(record('guessed', { pageUrl: PAGE + 'guessed' }))).toEqual([
      'resources/guessed.json: pageUrl: no copy of this page is among sourceUrl and seenAt',
    ]);
  });

  it('rejects two records sharing an own page, naming the field', () => {
    const seenAt = [LISTING, 'https://www.cedefop.europa.eu/hu/tools/vet-toolkit-tackling-early-leaving/resources/nested/twin'];
    const twin = record('twin', { pageUrl: PAGE + 'nested/twin', seenAt });
    expect(folderProblems(twin, { ...twin, title: 'twin again', file: 'twin-again.json' })).toContain(
      `resources/twin.json: pageUrl: page ${PAGE}nested/twin is also the pageUrl of resources/twin-again.json`,
    );
  });
});
