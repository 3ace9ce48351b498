/**
 * Folding and word splitting scan code units for speed; their meaning is two regular expressions. The fast
 * versions must agree with them on any text: every code point, marks, surrogates (lone or paired), Greek sigma.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, tokens } from '../../../src/text.js';

const foldByDefinition = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const tokensByDefinition = (t: string) => foldByDefinition(t).match(/[\p{L}\p{N}]+/gu) ?? [];

describe('fold() and tokens()', () => {
  it('agree with their definitions on any string (property-based)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'aÁé ’-ΣΟΔİ\u0301\u0307x1٣𝒜\ud800.'.split('')) })), (s) => {
        expect(fold(s)).toBe(foldByDefinition(s));
        expect(tokens(s)).toEqual(tokensByDefinition(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('agree with their definitions on every code point between two letters', () => {
    for (let cp = 0; cp < 0x110000; cp += cp < 0x10000 ? 1 : 7) {
      const s = `a${String.fromCodePoint(cp)}b`;
      if (fold(s) !== foldByDefinition(s) || tokens(s).join('|') !== tokensByDefinition(s).join('|')) expect.fail(`U+${cp.toString(16)}`);
    }
  });

  it('fold accents and case, and split on everything but letters and digits', () => {
    expect(tokens('L’École de la 2e Chance – E2C (Schüler)')).toEqual(['l', 'ecole', 'de', 'la', '2e', 'chance', 'e2c', 'schuler']);
  });
});
