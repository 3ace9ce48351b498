/**
 * A build killed half-way (SIGKILL: no handler runs, no cleanup) leaves the previous dist/ byte for byte and usable,
 * and the next build still succeeds. Runs on a throw-away copy of the project.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, treeHash } from './helpers/project.js';

const BUILD = ['--import', 'tsx', 'scripts/build.ts'];
const EDIT_MARK = '(edited after the first build)';

/** What a user of dist/ gets, from the ESM and the CJS entry in a fresh process: the record count, and whether the edit is in. */
function useDist(project: string): { esm: string; cjs: string } {
  const report = `console.log(m.resources.length + (m.resources.some((r) => r.description.includes(${JSON.stringify(EDIT_MARK)})) ? ' edited' : ''))`;
  const esm = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(project, 'dist', 'index.js'))}); ${report}`],
    { encoding: 'utf8' },
  );
  const cjs = execFileSync(process.execPath, ['-e', `const m = require(${JSON.stringify(join(project, 'dist', 'index.cjs'))}); ${report}`], {
    encoding: 'utf8',
  });
  return { esm: esm.trim(), cjs: cjs.trim() };
}

/**
 * Starts a build and SIGKILLs its whole process group (tsup's esbuild service included) as soon as `when` holds,
 * polled every few milliseconds and on each chunk of output. Resolves with what was seen at the kill.
 */
function buildAndKill(project: string, when: (stdout: string, pid: number) => boolean): Promise<{ killed: boolean; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, BUILD, { cwd: project, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let killed = false;
    const check = () => {
      if (!killed && when(stdout, child.pid!)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    };
    const timer = setInterval(check, 2);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      check();
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve({ killed: killed && signal === 'SIGKILL', stdout });
    });
  });
}

describe('a build killed half-way', () => {
  let project: string;
  let before: Record<string, string>;
  let recordCount: number;

  beforeAll(() => {
    project = copyProject('elet-kill-build-');
    execFileSync(process.execPath, BUILD, { cwd: project, stdio: 'pipe' });
    before = treeHash(join(project, 'dist'));
    recordCount = readdirSync(join(project, 'data', 'resources')).filter((f) => f.endsWith('.json')).length;
    // A data change, so that a build that got through would produce a different dist/ and the test would see it.
    const dir = join(project, 'data', 'resources');
    const first = join(dir, readdirSync(dir).find((f) => f.endsWith('.json'))!);
    const record = JSON.parse(readFileSync(first, 'utf8')) as { description: string };
    writeFileSync(first, JSON.stringify({ ...record, description: `${record.description} ${EDIT_MARK}` }, null, 2));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('starts from a usable dist/', () => {
    expect(recordCount).toBeGreaterThan(0);
    expect(useDist(project)).toEqual({ esm: `${recordCount}`, cjs: `${recordCount}` });
  });

  /** The folder the build of process `pid` writes into (src/publish/atomic.ts names it `.dist.tmp-<pid>-<random>`). */
  const tmpDist = (pid: number) => join(project, readdirSync(project).find((n) => n.startsWith(`.dist.tmp-${pid}-`)) ?? '.dist.tmp-none');
  /** What a build leaves beside dist/: nothing once a build has finished. */
  const leftovers = () => readdirSync(project).filter((n) => n.startsWith('.dist.') || n === '.build-tmp');
  const moments: Array<[string, (stdout: string, pid: number) => boolean]> = [
    ['while bundling (after generate reported)', (stdout) => stdout.includes('generate:')],
    ['while the bundle is half-written', (_, pid) => existsSync(join(tmpDist(pid), 'index.js'))],
    ['while declarations are written', (_, pid) => existsSync(join(tmpDist(pid), 'index.d.ts'))],
  ];
  for (const [moment, when] of moments) {
    it(`leaves the previous dist/ intact when killed ${moment}`, async () => {
      const { killed, stdout } = await buildAndKill(project, when);
      expect(killed, `the build finished before the kill; stdout: ${stdout}`).toBe(true);
      expect(treeHash(join(project, 'dist'))).toEqual(before);
      expect(useDist(project)).toEqual({ esm: `${recordCount}`, cjs: `${recordCount}` });
    });
  }

  it('recovers a swap interrupted between its two renames, even if the next build fails', () => {
    // The state a kill between `dist → .dist.old` and `.dist.tmp-<pid>-<random> → dist` leaves behind.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const half = join(project, `.dist.tmp-${deadPid}-0123456789ab`);
    mkdirSync(half, { recursive: true });
    writeFileSync(join(half, 'index.js'), '// half a build\n');
    renameSync(join(project, 'dist'), join(project, '.dist.old'));
    const broken = join(project, 'data', 'resources', 'broken.json');
    writeFileSync(broken, '{');
    const result = spawnSync(process.execPath, BUILD, { cwd: project, encoding: 'utf8' });
    rmSync(broken);
    expect(result.status).toBe(1);
    expect(treeHash(join(project, 'dist'))).toEqual(before);
    expect(leftovers()).toEqual([]);
    expect(useDist(project)).toEqual({ esm: `${recordCount}`, cjs: `${recordCount}` });
  });

  it('does not stop the next build from succeeding', () => {
    execFileSync(process.execPath, BUILD, { cwd: project, stdio: 'pipe' });
    expect(leftovers()).toEqual([]);
    expect(treeHash(join(project, 'dist'))).not.toEqual(before);
    expect(useDist(project)).toEqual({ esm: `${recordCount} edited`, cjs: `${recordCount} edited` });
  });
});
