/** Typed text shown back safely, and search words deduplicated and capped. */
import { describe, expect, it } from 'vitest';
import { escapeControls, quoted } from '../../../src/cli/escape.js';
import { MAX_QUERY_WORDS, queryWords } from '../../../src/text.js';

describe('escapeControls and quoted', () => {
  it('escape C0, C1, DEL, bidi controls and separators, and nothing else', () => {
    expect(escapeControls('a\x1b[2Jb\x07\x7f\x85\u202eé€😀')).toBe(String.raw`a\x1b[2Jb\x07\x7f\x85\u202eé€😀`);
    expect(escapeControls('line\nnext\ttab\r')).toBe(String.raw`line\nnext\ttab\r`);
    expect(escapeControls('line\nnext\x1b', true)).toBe('line\nnext\\x1b');
    expect(escapeControls('\u2066\u2069\u2028\u061c')).toBe(String.raw`\u2066\u2069\u2028\u061c`);
  });

  it('quote a value unambiguously', () => {
    expect(quoted('SP')).toBe('"SP"');
    expect(quoted('a"b\\x1b\x1b')).toBe(String.raw`"a\"b\\x1b\x1b"`);
  });
});

describe('queryWords', () => {
  it('keeps each folded word once, in order', () => {
    expect(queryWords('Second chance, second CHANCE! École')).toEqual(['second', 'chance', 'ecole']);
    expect(queryWords(' ?! ')).toEqual([]);
  });

  it(`keeps at most ${MAX_QUERY_WORDS} words, or as many as asked`, () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(queryWords(text)).toHaveLength(MAX_QUERY_WORDS);
    expect(queryWords(text, 5)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4']);
  });

  it("turns 100,000 × 'a' into one word quickly", () => {
    const start = process.cpuUsage();
    expect(queryWords('a '.repeat(100_000))).toEqual(['a']);
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });
});
