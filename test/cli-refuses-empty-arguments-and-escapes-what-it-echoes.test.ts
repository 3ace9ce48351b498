/**
 * Arguments that would silently mean "everything" or "standard output" are usage errors; whatever a user typed
 * is echoed in error messages with its control characters escaped (no terminal escapes, no reordered text);
 * and a search text's words are deduplicated and capped, so a huge query is as fast as a short one.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { MAX_QUERY_WORDS } from '../src/text.js';
import { ROOT } from './helpers/project.js';

async function elet(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), cwd: ROOT });
  return { code, stdout, stderr };
}

/** C0 and C1 controls (but the line feeds that end lines), DEL, bidi controls, line and paragraph separators. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

describe('empty filters and outputs', () => {
  it.each([[''], [','], [' , '], ['ES,'], ['ES,,PT']])('--country %j is a usage error', async (value) => {
    const res = await elet('list', '--country', value);
    expect([res.code, res.stdout]).toEqual([2, '']);
    expect(res.stderr).toMatch(/--country/);
  });

  it('--text with no word to search for is a usage error', async () => {
    for (const text of ['', '  ', '?!']) {
      const res = await elet('list', '--text', text);
      expect([res.code, res.stdout], JSON.stringify(text)).toEqual([2, '']);
      expect(res.stderr).toContain('--text');
    }
  });

  it("--out '' is a usage error, not standard output", async () => {
    const res = await elet('export', '--format', 'csv', '--out', '');
    expect([res.code, res.stdout]).toEqual([2, '']);
    expect(res.stderr).toContain('--out');
  });
});

describe('control characters typed in arguments', () => {
  const evil = 'x\x1b[2J\x1b]0;owned\x07\r\u202eexe.jpg\u0085';
  it.each([
    ['show', evil],
    ['list', '--country', evil],
    ['list', '--type', evil],
    ['export', '--format', evil],
    ['list', `--${evil}`],
    ['serve', '--port', evil],
    ['serve', '--root', `/nonexistent/${evil}`],
    ['validate', `/nonexistent/${evil}`],
  ])('are escaped in the error message of elet %s …', async (...args) => {
    const res = await elet(...args);
    expect(res.code).not.toBe(0);
    expect(res.stderr).not.toMatch(RAW_CONTROL);
    expect(res.stderr).toMatch(/\\x1b|\\u001b/i);
  });

  it('show the escaped value so the user can see what was typed', async () => {
    const res = await elet('show', 'ab\x1bc\nd\u202e');
    expect(res.stderr).toContain(String.raw`"ab\x1bc\nd\u202e"`);
  });
});

describe('search text', () => {
  it("100,000 × 'a' costs no more than one 'a'", async () => {
    const start = process.cpuUsage();
    const res = await elet('list', '--text', 'a '.repeat(100_000));
    const used = process.cpuUsage(start);
    expect(res.code).toBe(0);
    expect(res.stdout).toBe((await elet('list', '--text', 'a')).stdout);
    expect((used.user + used.system) / 1000).toBeLessThan(1_000);
  });

  it(`more than ${MAX_QUERY_WORDS} different words is a usage error`, async () => {
    const words = Array.from({ length: MAX_QUERY_WORDS + 1 }, (_, i) => `w${i}`).join(' ');
    const res = await elet('list', '--text', words);
    expect([res.code, res.stdout]).toEqual([2, '']);
    expect(res.stderr).toContain(String(MAX_QUERY_WORDS));
  });
});
