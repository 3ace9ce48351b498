/**
 * Synthetic catalogues for benchmarks. Copies of the 42 real texts would flatter a word index (42 distinct
 * documents, a few hundred words), so every record gets its own title, subtitle, description and keywords:
 * words drawn from the real vocabulary (the words of the real records by their real frequency, then the labels
 * of every vocabulary in all their languages) with a Zipf distribution over their ranks, the way words spread in
 * natural text. A real collection of 100,000 such records would also hold tens of thousands of rare words
 * (names, acronyms: Heaps' law gives about 60,000 from the real records' growth), which make typo and prefix
 * matching costlier; the ranks beyond the real words are such rare words, made of pieces of real ones. Facet
 * codes are spread by the same seeded PRNG, so every run benchmarks the same data.
 */

import { records } from '../src/generated/records.js';
import { beneficiaryCodes, countryCodes, languageCodes, resourceTypeCodes, schemes, topicCodes } from '../src/generated/vocabulary.js';
import type { Resource } from '../src/schema.js';

/** Mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(codes: readonly T[], random: () => number, max: number, min = 1): T[] {
  const n = min + Math.floor(random() * (max - min + 1));
  return [...new Set(Array.from({ length: n }, () => codes[Math.floor(random() * codes.length)]!))];
}

/** Word forms as written (case and accents kept, so folding is exercised), most frequent first. */
function realVocabulary(): string[] {
  const counts = new Map<string, number>();
  const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  for (const r of records) {
    for (const text of [r.title, r.subtitle ?? '', r.description, ...r.keywords, ...r.organisations]) {
      for (const w of words(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const ranked = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const tail = new Set(schemes.flatMap((s) => s.concepts.flatMap((c) => Object.values(c.prefLabel).flatMap(words))));
  return [...ranked, ...[...tail].filter((w) => !counts.has(w))];
}

/** Words made of the start of one real word and the end of another ("Educ" + "ranet"), until `size` words in all. */
function withRareWords(real: readonly string[], size: number, random: () => number): string[] {
  const all = new Set(real);
  const pieces = real.filter((w) => w.length >= 4);
  const piece = () => pieces[Math.floor(random() * pieces.length)]!;
  while (all.size < size) {
    const a = piece();
    const b = piece();
    all.add(a.slice(0, 2 + Math.floor(random() * (a.length - 2))) + b.slice(1 + Math.floor(random() * (b.length - 2))));
  }
  return [...all];
}

/** Words in the vocabulary of the synthetic records: real ones first, then rare ones. */
const VOCABULARY_SIZE = 60_000;

/** Draws words by Zipf's law (weight 1/rank) over a vocabulary. */
function zipf(vocabulary: readonly string[], random: () => number): () => string {
  const cumulative = new Float64Array(vocabulary.length);
  let total = 0;
  for (let r = 0; r < vocabulary.length; r++) {
    total += 1 / (r + 1);
    cumulative[r] = total;
  }
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = vocabulary.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo]!;
  };
}

/** Statistics of the generated text, for the benchmark notes. */
export const SYNTHETIC_TEXT = { vocabulary: 0, distribution: 'Zipf (1/rank): real words by their frequency, then rare ones' };

/** `n` valid records with varied texts; the fields not searched or faceted are those of a real record. */
export function syntheticRecords(n: number, seed = 42): Resource[] {
  const random = prng(seed);
  const vocabulary = withRareWords(realVocabulary(), VOCABULARY_SIZE, random);
  SYNTHETIC_TEXT.vocabulary = vocabulary.length;
  const word = zipf(vocabulary, random);
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const phrase = (lo: number, hi: number) => Array.from({ length: between(lo, hi) }, word).join(' ');
  const sentence = (lo: number, hi: number) => {
    const s = phrase(lo, hi);
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  return Array.from({ length: n }, (_, i) => {
    const base = records[i % records.length]!;
    const record: Resource = {
      ...base,
      slug: `${base.slug}-${i}`,
      type: resourceTypeCodes[Math.floor(random() * resourceTypeCodes.length)]!,
      title: sentence(3, 12).slice(0, -1),
      description: Array.from({ length: between(1, 3) }, () => sentence(6, 25)).join(' '),
      keywords: Array.from({ length: between(3, 5) }, () => phrase(1, 3)),
      countries: pick(countryCodes, random, 2),
      beneficiaries: pick(beneficiaryCodes, random, 2),
      languages: pick(languageCodes, random, 2),
      topics: pick(topicCodes, random, 3, 0),
    };
    if (random() < 0.17) record.subtitle = sentence(3, 8).slice(0, -1);
    else delete record.subtitle;
    return record;
  });
}
