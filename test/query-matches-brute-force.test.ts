import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beneficiaryCodes,
  byBeneficiary,
  byCountry,
  byType,
  Catalogue,
  countryCodes,
  educationLevelCodes,
  facets,
  getResource,
  initiativeTypeCodes,
  languageCodes,
  query,
  type Resource,
  type ResourceFilter,
  resources,
  resourceTypeCodes,
  topicCodes,
} from '../src/index.js';
import { fold } from '../src/text.js';
import { list, rawRecords } from './helpers/project.js';

const raw = rawRecords();
const slugs = (rs: ReadonlyArray<{ slug: string }>) => rs.map((r) => r.slug);

/** The answer computed the slow, obvious way from the files on disk. */
function bruteForce(filter: ResourceFilter): string[] {
  const anyOf = (value: unknown) => (value === undefined ? undefined : ([] as string[]).concat(value as string | string[]));
  const wanted = {
    type: anyOf(filter.type),
    countries: anyOf(filter.country),
    beneficiaries: anyOf(filter.beneficiary),
    languages: anyOf(filter.language),
  };
  const words = filter.text ? (fold(filter.text).match(/[\p{L}\p{N}]+/gu) ?? []) : [];
  return raw
    .filter((r) => {
      if (wanted.type && !wanted.type.includes(r.type as string)) return false;
      for (const field of ['countries', 'beneficiaries', 'languages'] as const) {
        const w = wanted[field];
        if (w && !list(r, field).some((c) => w.includes(c))) return false;
      }
      const haystack = fold([r.title, r.subtitle ?? '', r.description, ...list(r, 'keywords')].join(' ')).match(/[\p{L}\p{N}]+/gu) ?? [];
      return words.every((w) => haystack.some((h) => h.startsWith(w)));
    })
    .map((r) => r.slug);
}

describe('the catalogue', () => {
  it('holds every data file, sorted by slug, frozen', () => {
    expect(slugs(resources)).toEqual(raw.map((r) => r.slug));
    expect(Object.isFrozen(resources)).toBe(true);
    expect(Object.isFrozen(resources[0])).toBe(true);
    expect(Object.isFrozen(resources[0]!.countries)).toBe(true);
    expect(() => (resources as unknown[]).push({})).toThrow(TypeError);
  });

  it('finds each record by slug, and nothing for an unknown slug', () => {
    for (const r of raw) expect(getResource(r.slug)?.title).toBe(r.title);
    expect(getResource('no-such-slug')).toBeUndefined();
  });
});

describe('single-facet helpers give the brute-force answer', () => {
  it.each(countryCodes)('byCountry(%s)', (code) => expect(slugs(byCountry(code))).toEqual(bruteForce({ country: code })));
  it.each(beneficiaryCodes)('byBeneficiary(%s)', (code) => expect(slugs(byBeneficiary(code))).toEqual(bruteForce({ beneficiary: code })));
  it.each(resourceTypeCodes)('byType(%s)', (code) => expect(slugs(byType(code))).toEqual(bruteForce({ type: code })));
});

describe('query()', () => {
  it('returns everything for an empty filter', () => expect(slugs(query())).toEqual(raw.map((r) => r.slug)));

  it('ANDs keys and ORs values, for any combination (property-based)', () => {
    const some = <T>(codes: readonly T[]) =>
      fc.option(fc.oneof(fc.constantFrom(...codes), fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 3 })), { nil: undefined });
    const words = [...new Set(raw.flatMap((r) => fold(String(r.title)).match(/[\p{L}\p{N}]+/gu) ?? []))];
    fc.assert(
      fc.property(
        some(countryCodes),
        some(resourceTypeCodes),
        some(beneficiaryCodes),
        some(languageCodes),
        fc.option(
          fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 2))),
          { nil: undefined },
        ),
        (country, type, beneficiary, language, text) => {
          const filter = Object.fromEntries(
            Object.entries({ country, type, beneficiary, language, text }).filter(([, v]) => v !== undefined),
          ) as ResourceFilter;
          expect(slugs(query(filter))).toEqual(bruteForce(filter));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches text regardless of case and accents, as word starts', () => {
    const withAccent = raw.find((r) => /[À-ž]/.test(String(r.title)));
    expect(withAccent, 'a record with an accented title').toBeDefined();
    const word = String(withAccent!.title).match(/[\p{L}]*[À-ž][\p{L}]*/u)![0];
    const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    expect(slugs(query({ text: plain }))).toContain(withAccent!.slug);
    expect(slugs(query({ text: plain }))).toEqual(bruteForce({ text: plain }));
  });

  it('rejects an unknown code from untyped callers instead of answering nothing', () => {
    expect(() => query({ country: 'SP' as never })).toThrow(/unknown country code "SP"/);
  });
});

describe('facets()', () => {
  it('counts every code of every facet, and the counts add up', () => {
    const f = facets();
    expect(Object.keys(f.country).sort()).toEqual([...countryCodes].sort());
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(f.type)).toBe(raw.length);
    for (const [facet, field] of [
      ['country', 'countries'],
      ['beneficiary', 'beneficiaries'],
      ['language', 'languages'],
      ['topic', 'topics'],
    ] as const) {
      expect(total(f[facet])).toBe(raw.reduce((n, r) => n + list(r, field).length, 0));
    }
    for (const code of countryCodes) expect(f.country[code]).toBe(bruteForce({ country: code }).length);
  });

  it('counts only the matching records under a filter', () => {
    const f = facets({ type: 'good-practice' });
    expect(Object.values(f.type).reduce((a, b) => a + b, 0)).toBe(bruteForce({ type: 'good-practice' }).length);
    expect(f.type.publication).toBe(0);
    for (const code of countryCodes) expect(f.country[code]).toBe(bruteForce({ type: 'good-practice', country: code }).length);
  });
});

/** Record field behind each facet, spelled out here rather than read from the code-field table under test. */
const FIELD_OF = {
  type: 'type',
  country: 'countries',
  beneficiary: 'beneficiaries',
  language: 'languages',
  topic: 'topics',
  initiativeType: 'initiativeTypes',
} as const;
const CODES_OF = {
  type: resourceTypeCodes,
  country: countryCodes,
  beneficiary: beneficiaryCodes,
  language: languageCodes,
  topic: topicCodes,
  initiativeType: initiativeTypeCodes,
} as const;
type Facet = keyof typeof FIELD_OF;
const FACET_KEYS = Object.keys(FIELD_OF) as Facet[];

/** A few words, accented and not, so that text filters hit and miss. */
const WORDS = ['école', 'Ecole', 'second', 'chance', 'schools', 'Schüler', 'apprentice', 'apprenticeship', 'vet', 'dropout', 'ÉDUCATION'];

const someOf = <T>(codes: readonly T[], max = 3) => fc.uniqueArray(fc.constantFrom(...codes), { maxLength: max });
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));

/** Random records: only the fields the engine reads, with codes from the real vocabularies. */
const randomRecords = fc
  .array(
    fc.record({
      type: fc.constantFrom(...resourceTypeCodes),
      countries: someOf(countryCodes),
      beneficiaries: someOf(beneficiaryCodes),
      languages: someOf(languageCodes),
      topics: someOf(topicCodes),
      initiativeTypes: someOf(initiativeTypeCodes, 2),
      educationLevels: someOf(educationLevelCodes, 2),
      title: phrase,
      subtitle: fc.option(phrase, { nil: undefined }),
      description: phrase,
      keywords: fc.array(phrase, { maxLength: 3 }),
    }),
    { maxLength: 100 },
  )
  .map((rs) => rs.map((r, i) => ({ ...r, slug: `r-${i}` }) as unknown as Resource));

/** A random filter: some facets with one code or a list of codes (maybe empty), maybe a word start. */
const randomFilter = fc
  .record(
    Object.fromEntries(FACET_KEYS.map((f) => [f, fc.option(fc.oneof(fc.constantFrom(...CODES_OF[f]), someOf(CODES_OF[f])), { nil: undefined })])) as {
      [K in Facet]: fc.Arbitrary<string | string[] | undefined>;
    },
  )
  .chain((codes) =>
    fc
      .option(
        fc.constantFrom(...WORDS).map((w) => w.slice(0, 1 + (w.length >> 1))),
        { nil: undefined },
      )
      .map((text) => ({ ...codes, text })),
  )
  .map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as ResourceFilter);

function matches(r: Resource, filter: ResourceFilter): boolean {
  for (const facet of FACET_KEYS) {
    const wanted = filter[facet];
    if (wanted === undefined) continue;
    const anyOf: readonly string[] = typeof wanted === 'string' ? [wanted] : wanted;
    const value = r[FIELD_OF[facet]] as string | readonly string[];
    if (!(typeof value === 'string' ? [value] : value).some((c) => anyOf.includes(c))) return false;
  }
  const words = filter.text ? (fold(filter.text).match(/[\p{L}\p{N}]+/gu) ?? []) : [];
  const haystack = fold([r.title, r.subtitle ?? '', r.description, ...r.keywords].join(' ')).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((w) => haystack.some((h) => h.startsWith(w)));
}

describe('the indexes on random records give the brute-force answer (property-based)', () => {
  it('query() returns the matching records in order', () => {
    fc.assert(
      fc.property(randomRecords, randomFilter, (rs, filter) => {
        expect(slugs(new Catalogue(rs).query(filter))).toEqual(slugs(rs.filter((r) => matches(r, filter))));
      }),
      { numRuns: 400 },
    );
  });

  it('facets() counts every code of every facet over the matching records', () => {
    fc.assert(
      fc.property(randomRecords, randomFilter, (rs, filter) => {
        const hits = rs.filter((r) => matches(r, filter));
        const expected = Object.fromEntries(
          FACET_KEYS.map((facet) => [
            facet,
            Object.fromEntries(CODES_OF[facet].map((code) => [code, hits.filter((r) => ([] as string[]).concat(r[FIELD_OF[facet]]).includes(code)).length])),
          ]),
        );
        expect(new Catalogue(rs).facets(filter)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('withCode() finds the records carrying a code in any code field, facet or not', () => {
    fc.assert(
      fc.property(randomRecords, fc.constantFrom(...countryCodes), fc.constantFrom(...educationLevelCodes), (rs, country, level) => {
        const catalogue = new Catalogue(rs);
        expect(slugs(catalogue.withCode('countries', country))).toEqual(slugs(rs.filter((r) => r.countries.includes(country))));
        expect(slugs(catalogue.withCode('educationLevels', level))).toEqual(slugs(rs.filter((r) => r.educationLevels.includes(level))));
      }),
      { numRuns: 200 },
    );
  });

  it('answers the same whichever query came first (indexes are built once, on first use)', () => {
    fc.assert(
      fc.property(randomRecords, fc.array(randomFilter, { minLength: 2, maxLength: 4 }), (rs, filters) => {
        const catalogue = new Catalogue(rs);
        for (const filter of filters) expect(slugs(catalogue.query(filter))).toEqual(slugs(rs.filter((r) => matches(r, filter))));
      }),
      { numRuns: 100 },
    );
  });
});
