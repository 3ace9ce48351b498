/** Synthetic catalogues for benchmarks: real records cloned with new slugs and facet codes spread by a seeded PRNG. */
import { beneficiaryCodes, countryCodes, languageCodes, resourceTypeCodes } from '../src/generated/vocabulary.js';
import { records } from '../src/generated/records.js';
import type { Resource } from '../src/schema.js';

/** Mulberry32: small, fast, deterministic, so every run benchmarks the same data. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(codes: readonly T[], random: () => number, max: number): T[] {
  const n = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: n }, () => codes[Math.floor(random() * codes.length)]!))];
}

/** `n` valid-looking records derived from the real ones. */
export function syntheticRecords(n: number, seed = 42): Resource[] {
  const random = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const base = records[i % records.length]!;
    return {
      ...base,
      slug: `${base.slug}-${i}`,
      type: resourceTypeCodes[Math.floor(random() * resourceTypeCodes.length)]!,
      countries: pick(countryCodes, random, 2),
      beneficiaries: pick(beneficiaryCodes, random, 2),
      languages: pick(languageCodes, random, 2),
    };
  });
}
