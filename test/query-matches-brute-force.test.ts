import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beneficiaryCodes,
  byBeneficiary,
  byCountry,
  byType,
  countryCodes,
  facets,
  getResource,
  languageCodes,
  query,
  resources,
  resourceTypeCodes,
  type ResourceFilter,
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
  const words = filter.text ? fold(filter.text).match(/[\p{L}\p{N}]+/gu) ?? [] : [];
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
    const some = <T>(codes: readonly T[]) => fc.option(fc.oneof(fc.constantFrom(...codes), fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 3 })), { nil: undefined });
    const words = [...new Set(raw.flatMap((r) => fold(String(r.title)).match(/[\p{L}\p{N}]+/gu) ?? []))];
    fc.assert(
      fc.property(
        some(countryCodes),
        some(resourceTypeCodes),
        some(beneficiaryCodes),
        some(languageCodes),
        fc.option(fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 2))), { nil: undefined }),
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
    for (const [facet, field] of [['country', 'countries'], ['beneficiary', 'beneficiaries'], ['language', 'languages'], ['topic', 'topics']] as const) {
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
