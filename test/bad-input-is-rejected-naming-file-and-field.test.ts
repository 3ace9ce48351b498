/**
 * Each bad-input case alone, through the build's validator (validateData, which scripts/generate.ts runs
 * and exits 1 on any problem): the case yields exactly the problems it names (file, record, field and the
 * message's key words), and nothing else anywhere. The build itself is run over all cases at once in
 * bad-input-fails-the-build.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../src/data/problems.js';
import { validateData } from '../src/data/validate-data.js';
import { BAD_INPUT_CASES, BASE_DATA, describeProblem, type ExpectedProblem, isProblem, recordFor } from './fixtures/bad-input/cases.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project root holding a copy of the base data folder. */
function freshRoot(): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), 'elet-bad-input-'));
  roots.push(root);
  cpSync(BASE_DATA, join(root, 'data'), { recursive: true });
  return { root, data: join(root, 'data') };
}

/** Root reads any file whatever its mode; there the case is left to the build test, which reads as an unprivileged user. */
const runningAsRoot = process.getuid?.() === 0;

describe('bad input', () => {
  it('has at least 20 distinct cases', () => {
    expect(new Set(BAD_INPUT_CASES.map((c) => c.name)).size).toBe(BAD_INPUT_CASES.length);
    expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(20);
  });

  it('starts from a base folder that is valid', () => {
    const { root } = freshRoot();
    const result = validateData(root);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.records.map((r) => r.slug)).toEqual(['example-good-practice', 'example-publication']);
  });

  for (const c of BAD_INPUT_CASES.filter((c) => !(c.needsUnprivilegedReader && runningAsRoot))) {
    it(`${c.name}: ${c.breaks} → ${describeProblem(c.expect)}`, () => {
      const { root, data } = freshRoot();
      c.apply(data);
      const { problems } = validateData(root);
      const got = `got:\n${problems.map((p) => JSON.stringify(p)).join('\n')}`;
      expect(
        problems.some((p) => isProblem(c.expect, p)),
        got,
      ).toBe(true);
      // Exactly the named problems, one report each: nothing unnamed, nothing blamed on the good files.
      const named: ExpectedProblem[] = [c.expect, ...(c.alsoReports ?? [])];
      const unnamed = problems.filter((p) => {
        const i = named.findIndex((e) => isProblem(e, p));
        if (i >= 0) named.splice(i, 1);
        return i < 0;
      });
      expect(unnamed.map(formatProblem), got).toEqual([]);
      expect(named.map(describeProblem), got).toEqual([]);
      // One line per problem, showing no invisible or reordering characters, whatever the file name or value holds.
      for (const line of problems.map(formatProblem)) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]|\p{Bidi_Control}/u);
    });
  }
});

describe('CRLF line endings', () => {
  // JSON (RFC 8259) counts CR as whitespace between tokens, and git's autocrlf gives Windows contributors
  // exactly such files: refusing them would break their builds for bytes git normalises on commit anyway.
  // A CR that would reach the data (inside a value) is refused: see the crlf-in-value and raw-line-break cases.
  it('between tokens are accepted and give the same record as LF', () => {
    const { root, data } = freshRoot();
    const text = JSON.stringify(recordFor('crlf-line-endings'), null, 2) + '\n';
    writeFileSync(join(data, 'resources', 'crlf-line-endings.json'), text.replace(/\n/g, '\r\n'));
    expect(readFileSync(join(data, 'resources', 'crlf-line-endings.json'), 'utf8')).toContain('\r\n');
    const crlf = validateData(root);
    expect(crlf.problems.map(formatProblem)).toEqual([]);

    writeFileSync(join(data, 'resources', 'crlf-line-endings.json'), text);
    const lf = validateData(root);
    expect(crlf.records).toEqual(lf.records);
  });
});

describe('prototype-polluting keys', () => {
  it('leave Object.prototype untouched while being rejected', () => {
    const { root, data } = freshRoot();
    for (const c of BAD_INPUT_CASES.filter((c) => /proto|constructor/.test(c.name))) c.apply(data);
    expect(validateData(root).problems.length).toBeGreaterThanOrEqual(4);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
