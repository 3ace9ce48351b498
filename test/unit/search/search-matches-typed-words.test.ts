/**
 * What `search()` matches and how it orders, on small hand-made catalogues; and, on random ones, that it finds
 * exactly the records a brute-force reading of the rules finds (every word: as typed, by prefix for the last,
 * within 1 typo from 5 letters or 2 from 9, case and accents ignored).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalogue, type Resource } from '../../../src/index.js';
import { fold } from '../../../src/text.js';

let serial = 0;
function record(title: string, more: Partial<Resource> = {}): Resource {
  return {
    slug: `r-${serial++}`,
    type: 'publication',
    title,
    description: '-',
    keywords: [],
    countries: [],
    beneficiaries: [],
    languages: [],
    topics: [],
    initiativeTypes: [],
    educationLevels: [],
    ...more,
  } as unknown as Resource;
}
const titles = (rs: readonly Resource[]) => rs.map((r) => r.title);

describe('search()', () => {
  const catalogue = new Catalogue([
    record('Chancellor report', { description: 'A chance to learn.' }),
    record('Second chance schools', { countries: ['ES'] }),
    record('École de la deuxième chance', { countries: ['FR'] }),
    record('Apprenticeship coaching', { keywords: ['mentoring'] }),
    record('Mentoring volunteers', { description: 'Senior experts coach apprentices.' }),
  ]);

  it('requires every word, and prefix-matches only the last one', () => {
    expect(titles(catalogue.search('second chan'))).toEqual(['Second chance schools']);
    expect(titles(catalogue.search('chan second'))).toEqual([]);
    expect(titles(catalogue.search('chan')).sort()).toEqual(['Chancellor report', 'Second chance schools', 'École de la deuxième chance'].sort());
  });

  it('ignores case and accents on both sides', () => {
    expect(titles(catalogue.search('ECOLE DEUXIEME'))).toEqual(['École de la deuxième chance']);
    expect(titles(catalogue.search('écolé'))).toEqual(['École de la deuxième chance']);
  });

  it('tolerates one typo from 5 letters and two from 9, none below', () => {
    expect(titles(catalogue.search('chanse second'))).toEqual(['Second chance schools']);
    expect(titles(catalogue.search('shools second'))).toEqual(['Second chance schools']);
    expect(titles(catalogue.search('scools second'))).toEqual(['Second chance schools']);
    expect(titles(catalogue.search('scool second'))).toEqual([]);
    expect(titles(catalogue.search('cach mentoring'))).toEqual([]);
    expect(titles(catalogue.search('aprentiseship'))).toEqual(['Apprenticeship coaching']);
    expect(titles(catalogue.search('aprentisesip'))).toEqual([]);
    expect(titles(catalogue.search('mentorng'))).toEqual(['Mentoring volunteers', 'Apprenticeship coaching']);
  });

  it('ranks title words above the same words elsewhere, and exact words above typos and completions', () => {
    expect(titles(catalogue.search('mentoring'))).toEqual(['Mentoring volunteers', 'Apprenticeship coaching']);
    expect(titles(catalogue.search('chance'))[2]).toBe('Chancellor report');
  });

  it('applies the filter, and throws on an unknown code', () => {
    expect(titles(catalogue.search('chance', { country: 'FR' }))).toEqual(['École de la deuxième chance']);
    expect(titles(catalogue.search('chance', { country: 'DE' }))).toEqual([]);
    expect(() => catalogue.search('chance', { country: 'XX' as never })).toThrow(RangeError);
  });

  it('refuses a text without words instead of matching everything', () => {
    expect(() => catalogue.search('  ¿? ', { country: ['ES', 'FR'] })).toThrow(RangeError);
    expect(() => catalogue.search('')).toThrow(RangeError);
  });

  it('keeps catalogue order between records of equal score', () => {
    const twins = new Catalogue([record('Same words'), record('Same words'), record('Same words')]);
    expect(twins.search('same words')).toEqual([...twins.resources]);
  });
});

/** Levenshtein distance, the textbook way. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]!;
}

const words = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

function bruteForce(rs: readonly Resource[], text: string): string[] {
  const typed = words(text);
  return rs
    .filter((r) => {
      const have = words([r.title, r.subtitle ?? '', r.description, ...r.keywords].join(' '));
      // A word typed again as the last one is matched by prefix too.
      const last = typed[typed.length - 1]!;
      return typed.every((w) => {
        const typos = w.length >= 9 ? 2 : w.length >= 5 ? 1 : 0;
        return have.some((h) => (w === last && h.startsWith(w)) || distance(w, h) <= typos);
      });
    })
    .map((r) => r.slug);
}

describe('search() finds what the rules say (property-based)', () => {
  const VOCABULARY = [
    'school',
    'schools',
    'scholar',
    'chance',
    'chances',
    'change',
    'training',
    'trainings',
    'apprenticeship',
    'apprentice',
    'éducation',
    'education',
    'educational',
    'vet',
    'vest',
  ];
  const text = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
  const records = fc.array(fc.record({ title: text, description: text, keywords: fc.array(text, { maxLength: 2 }) }), { maxLength: 60 });
  const typo = (w: string, at: number) => (w.length > 1 ? w.slice(0, at % w.length) + w.slice((at % w.length) + 1) : w);
  const query = fc
    .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.nat(), fc.nat(3)), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.map(([w, at, kind]) => (kind === 0 ? typo(w, at) : kind === 1 ? w.slice(0, 1 + (at % w.length)) : w)).join(' '));

  it('returns exactly the matching records, each once', () => {
    fc.assert(
      fc.property(records, query, (raw, q) => {
        const rs = raw.map((r) => record(r.title, { description: r.description, keywords: r.keywords }));
        const found = new Catalogue(rs).search(q).map((r) => r.slug);
        expect(found.length).toBe(new Set(found).size);
        expect([...found].sort()).toEqual(bruteForce(rs, q).sort());
      }),
      { numRuns: 500 },
    );
  });
});
