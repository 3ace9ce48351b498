/**
 * "Did you mean" must stay cheap whatever it is asked: the server runs it on the event loop for every 404,
 * over every name in a folder (20,000 at scale), for request paths up to ~16 KB.
 */
import { describe, expect, it } from 'vitest';
import { type Candidate, Suggester, suggest } from '../../../src/suggest.js';
import { levenshtein, scaledSlugs } from '../../helpers/typos.js';

/** The suggestion rules as first written (unbounded Levenshtein over every candidate): the reference for short inputs. */
function reference(input: string, candidates: readonly Candidate[], max = 3): string[] {
  const needle = input.toLowerCase();
  if (!needle) return [];
  const byName = candidates.filter((c) => c.names?.some((n) => n.toLowerCase().startsWith(needle)));
  const limit = Math.max(1, Math.floor(needle.length / 3));
  const byDistance = candidates
    .map((c) => ({ c, d: levenshtein(needle, c.value.toLowerCase()) }))
    .filter(({ d }) => d <= limit)
    .sort((x, y) => x.d - y.d)
    .map(({ c }) => c);
  const byPart = needle.length >= 3 ? candidates.filter((c) => c.value.toLowerCase().includes(needle)) : [];
  return [...new Set([...byName, ...byDistance, ...byPart].map((c) => c.value))].slice(0, max);
}

/** Mulberry32, so every run checks the same cases. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 20,000 slugs shaped like the synthetic benchmark catalogue's (`<real slug>-<n>`). */
const NAMES: Candidate[] = scaledSlugs(20_000).map((value) => ({ value }));

/** Median CPU time of `run` in ms: CPU time, not wall time, so that a busy machine does not fail the test. */
function medianCpuMs(run: () => unknown, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe('suggestions over 20,000 names', () => {
  const index = new Suggester(NAMES);

  it('find the near name for an ordinary typo in a few milliseconds', () => {
    expect(index.suggest('certifcation-per-unit-cpu-1239')[0]).toBe('certification-per-unit-cpu-1239');
    const ms = medianCpuMs(() => index.suggest('certifcation-per-unit-cpu-1239'), 21);
    expect(ms).toBeLessThan(10);
  });

  it('answer a 15,000-character name in a few milliseconds', () => {
    for (const input of ['a'.repeat(15_000), 'certification-per-unit-cpu-'.repeat(600).slice(0, 15_000)]) {
      const ms = medianCpuMs(() => index.suggest(input), 5);
      expect(ms).toBeLessThan(10);
    }
  });
});

describe('the bounded search suggests what the unbounded one did', () => {
  it('for random short inputs against random names (up to the compared length)', () => {
    const random = prng(7);
    const alphabet = 'abcde-';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const candidates = Array.from({ length: 1 + Math.floor(random() * 40) }, () => ({
        value: word(1 + Math.floor(random() * 20)),
        names: [word(1 + Math.floor(random() * 8))],
      }));
      const input = random() < 0.5 ? candidates[0]!.value.slice(1) + word(1) : word(1 + Math.floor(random() * 20));
      expect(suggest(input, candidates), `${input} in ${JSON.stringify(candidates)}`).toEqual(reference(input, candidates));
    }
  });

  it('for the cases the CLI relies on', () => {
    const codes = [
      { value: 'ES', names: ['Spain'] },
      { value: 'SE', names: ['Sweden'] },
      { value: 'PT', names: ['Portugal'] },
    ];
    expect(suggest('spa', codes)).toEqual(['ES']);
    expect(suggest('good-practise', [{ value: 'good-practice' }, { value: 'tool' }])).toEqual(['good-practice']);
    expect(suggest('', codes)).toEqual([]);
  });
});
