/**
 * The real build (scripts/build.ts) over a copy of the project whose data/ holds every bad-input case at once:
 * it exits non-zero, reports each case's problems by file and field (the report line names no record) and no other
 * problem, writes no generated records, and leaves dist/ byte for byte.
 * (Each case alone is checked against the validator in bad-input-is-rejected-naming-file-and-field.test.ts.)
 */
import { execFileSync, type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeForMessage } from '../src/data/unsafe-text.js';
import { BAD_INPUT_CASES, BASE_DATA, type ExpectedProblem } from './fixtures/bad-input/cases.js';
import { copyProject, treeHash } from './helpers/project.js';

/** uid/gid of `nobody`: file modes bind it, unlike root, so the unreadable-file case is honest. */
const NOBODY = 65534;

/** Whether a report line (`file: field: message`, as formatProblem writes it, escaped to one line) is the expected problem. */
function isLineOf(expected: ExpectedProblem, line: string): boolean {
  const prefix = escapeForMessage(`${[expected.file, expected.field].filter(Boolean).join(': ')}: `);
  return line.startsWith(prefix) && expected.message.test(line.slice(prefix.length));
}

describe('a build over every bad-input case', () => {
  let project: string;
  let result: SpawnSyncReturns<string>;
  let distBefore: Record<string, string>;
  let lines: string[];

  beforeAll(() => {
    project = copyProject('elet-bad-build-', { data: BASE_DATA });
    for (const c of BAD_INPUT_CASES) c.apply(join(project, 'data'));
    // A previous build's output that must come through untouched (its content does not matter, its bytes do).
    mkdirSync(join(project, 'dist', 'dumps'), { recursive: true });
    writeFileSync(join(project, 'dist', 'index.js'), 'export const resources = ["from the previous build"];\n');
    writeFileSync(join(project, 'dist', 'dumps', 'catalogue.ttl'), '# previous build\n');
    distBefore = treeHash(join(project, 'dist'));
    const asRoot = process.getuid?.() === 0;
    if (asRoot) execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, project]);
    result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, HOME: project },
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    lines = result.stderr.split('\n').map((l) => l.trim());
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('exits with status 1 and a report, not a stack trace', () => {
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^\d+ validation problems?:|^Validation failed with \d+ problem/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  for (const c of BAD_INPUT_CASES) {
    it(`reports ${c.name} as ${c.expect.file}${c.expect.field ? `: ${c.expect.field}` : ''}: ${c.expect.message}`, () => {
      for (const problem of [c.expect, ...(c.alsoReports ?? [])]) {
        const hit = lines.find((l) => isLineOf(problem, l));
        expect(hit, `no line "${[problem.file, problem.field].filter(Boolean).join(': ')}: ${problem.message.source}" in:\n${result.stderr}`).toBeDefined();
      }
    });
  }

  it('reports exactly the problems the cases name, each once', () => {
    const named = BAD_INPUT_CASES.flatMap((c) => [c.expect, ...(c.alsoReports ?? [])]);
    const reported = lines.filter((l) => /^data\//.test(l));
    expect(reported.filter((l) => !named.some((p) => isLineOf(p, l)))).toEqual([]);
    expect(reported).toHaveLength(named.length);
    expect(result.stderr).toMatch(new RegExp(`^${named.length} validation problems?:|^Validation failed with ${named.length} problem`));
  });

  it('writes no generated records and no new dist/', () => {
    expect(existsSync(join(project, 'src', 'generated', 'records.ts'))).toBe(false);
    expect(existsSync(join(project, '.build-tmp'))).toBe(false);
    expect(treeHash(join(project, 'dist'))).toEqual(distBefore);
  });
});
