/** Shared references for the typo tests: the textbook edit distance, and slugs at the scale of the synthetic catalogue. */

/** Levenshtein distance by the full textbook table: the reference the banded, bounded versions are checked against. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

const BASES = [
  'aslam-cooperativa-sociale',
  'bibliography-on-early-leaving-from-vet',
  'certificate-of-practice-praksisbrev',
  'certification-per-unit-cpu',
  'coaching-and-counseling-apprentices-and',
  'youth-guarantee-and-second-chance-schools',
];

/** `count` slugs shaped like the synthetic benchmark catalogue's (`<real slug>-<n>`). */
export function scaledSlugs(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${BASES[i % BASES.length]}-${i}`);
}
