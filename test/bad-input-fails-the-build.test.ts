/**
 * The real build (scripts/build.ts) over a copy of the project whose data/ holds every bad-input case at once:
 * it exits non-zero, reports each case by file and field, writes no generated records, and leaves dist/ byte for byte.
 * (Each case alone is checked against the validator in bad-input-is-rejected-naming-file-and-field.test.ts.)
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUT_CASES, BASE_DATA } from './fixtures/bad-input/cases.js';
import { ROOT } from './helpers/project.js';

/** uid/gid of `nobody`: file modes bind it, unlike root, so the unreadable-file case is honest. */
const NOBODY = 65534;

/** A throw-away copy of the project's build inputs (node_modules linked), with `data/` replaced. */
function copyProject(data: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'elet-bad-build-'));
  for (const entry of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'src', 'scripts', 'vocab']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${join('src', 'generated')}`) });
  }
  cpSync(data, join(dir, 'data'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Path → sha256 of every file under `dir`. */
function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

describe('a build over every bad-input case', () => {
  let project: string;
  let result: SpawnSyncReturns<string>;
  let distBefore: Record<string, string>;
  let lines: string[];

  beforeAll(() => {
    project = copyProject(BASE_DATA);
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
    it(`reports ${c.name} as ${c.expect.file}${c.expect.field ? `: ${c.expect.field}` : ''}`, () => {
      const prefix = c.expect.field ? `${c.expect.file}: ${c.expect.field}: ` : `${c.expect.file}: `;
      const hit = lines.find((l) => l.startsWith(prefix) && c.expect.message.test(l.slice(prefix.length)));
      expect(hit, `no line "${prefix}${c.expect.message.source}" in:\n${result.stderr}`).toBeDefined();
    });
  }

  it('writes no generated records and no new dist/', () => {
    expect(existsSync(join(project, 'src', 'generated', 'records.ts'))).toBe(false);
    expect(existsSync(join(project, '.build-tmp'))).toBe(false);
    expect(treeHash(join(project, 'dist'))).toEqual(distBefore);
  });
});
