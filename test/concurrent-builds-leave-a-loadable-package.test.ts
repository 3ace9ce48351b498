/**
 * Two builds started at once on one project (a user's `npm run build` while an editor or CI runs another) both
 * succeed, one after the other: the second waits for the first's lock on dist/. What remains is one complete
 * build that loads from ESM and CJS, and nothing beside it (no temporary, old or lock files).
 * Runs on a throw-away copy of the project.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, treeHash } from './helpers/project.js';

const BUILD = ['--import', 'tsx', 'scripts/build.ts'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function build(project: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, BUILD, { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Entries whose names start with a dot, anywhere under `dir` (what a swap or a lock would leave). */
function dotEntries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.name.startsWith('.') && e.name !== '.nojekyll' && e.name !== '.well-known')
    .map((e) => join(e.parentPath, e.name));
}

describe('two builds started at once', () => {
  let project: string;
  let runs: Run[];

  beforeAll(async () => {
    project = copyProject('elet-concurrent-builds-');
    runs = await Promise.all([build(project), build(project)]);
  }, 600_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('both succeed, the second after waiting for the lock of the first', () => {
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(runs.filter((r) => r.stdout.includes('build: waiting for process') && r.stdout.includes('.dist.lock'))).toHaveLength(1);
  });

  it('leave a dist/ that loads with import and with require', () => {
    const count = 'console.log(m.resources.length)';
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(project, 'dist', 'index.js'))}); ${count}`],
      {
        encoding: 'utf8',
      },
    );
    const cjs = execFileSync(process.execPath, ['-e', `const m = require(${JSON.stringify(join(project, 'dist', 'index.cjs'))}); ${count}`], {
      encoding: 'utf8',
    });
    const records = readdirSync(join(project, 'data', 'resources')).filter((f) => f.endsWith('.json')).length;
    expect([esm.trim(), cjs.trim()]).toEqual([`${records}`, `${records}`]);
  });

  it('leave the dumps once, the same bytes in dist/dumps and dist/site/dumps', () => {
    expect(treeHash(join(project, 'dist', 'dumps'))).toEqual(treeHash(join(project, 'dist', 'site', 'dumps')));
  });

  it('leave no temporary, old or lock files behind', () => {
    expect(readdirSync(project).filter((n) => n.startsWith('.dist.') || n === '.build-tmp')).toEqual([]);
    expect(dotEntries(join(project, 'dist'))).toEqual([]);
  });
});
