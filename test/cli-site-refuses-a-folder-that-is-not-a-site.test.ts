/**
 * `elet site --out <dir>` replaces its folder whole, so it refuses a non-empty folder that holds no site
 * (a typo such as `--out .` must not wipe a project), and asks for --out.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';

const dir = mkdtempSync(join(tmpdir(), 'elet-site-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function elet(...args: string[]) {
  let stderr = '';
  const code = await run(args, { out: () => {}, err: (t) => (stderr += t), cwd: dir });
  return { code, stderr };
}

describe('elet site', () => {
  it('refuses a non-empty folder without a site, leaving it untouched (exit 2)', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const res = await elet('site', '--out', '.');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('holds no site');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('asks for --out, and describes itself in --help', async () => {
    expect((await elet('site')).code).toBe(2);
    let help = '';
    expect(await run(['site', '--help'], { out: (t) => (help += t), err: () => {}, cwd: dir })).toBe(0);
    expect(help).toContain('Usage: elet site');
  });
});
