/**
 * `elet export --out`: a regular file is replaced whole (temporary file + rename); anything else is written
 * through and never replaced: a character device, a FIFO with its reader, a link to a file, `/proc/self/fd/N`.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { ROOT } from './helpers/project.js';

async function elet(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), cwd: ROOT });
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'elet-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const exportCsv = (out: string) => elet('export', '--format', 'csv', '--country', 'ES', '--out', out);
const expected = async () => (await elet('export', '--format', 'csv', '--country', 'ES')).stdout;

describe('elet export --out', () => {
  it('replaces a regular file whole, through a new file, leaving no temporary file', async () => {
    const dir = join(tmp, 'regular');
    mkdirSync(dir);
    const path = join(dir, 'spain.csv');
    writeFileSync(path, 'old content');
    const inode = statSync(path).ino;
    expect((await exportCsv(path)).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(await expected());
    expect(statSync(path).ino).not.toBe(inode); // renamed into place
    expect(readdirSync(dir)).toEqual(['spain.csv']);
  });

  it('follows a link to a file and writes that file, keeping the link', async () => {
    const target = join(tmp, 'target.csv');
    const link = join(tmp, 'link.csv');
    writeFileSync(target, 'old content');
    symlinkSync(target, link);
    expect((await exportCsv(link)).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe(await expected());
  });

  it.runIf(process.platform === 'linux')('writes through a link to /proc/self/fd/N (what /dev/stdout is) into the open file', async () => {
    const file = join(tmp, 'behind-fd.csv');
    const fd = openSync(file, 'w');
    const link = join(tmp, 'stdout-link');
    symlinkSync(`/proc/self/fd/${fd}`, link);
    try {
      expect((await exportCsv(link)).code).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(await expected());
    } finally {
      closeSync(fd);
    }
  });

  it.runIf(process.platform !== 'win32')('writes into a FIFO for its waiting reader, and leaves the FIFO', async () => {
    const fifo = join(tmp, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const done = new Promise<void>((resolve) => reader.on('exit', () => resolve()));
    const killer = setTimeout(() => reader.kill(), 10_000); // a replaced FIFO would leave the reader waiting
    try {
      expect((await exportCsv(fifo)).code).toBe(0);
      await done;
    } finally {
      clearTimeout(killer);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(received).toBe(await expected());
  });

  it.runIf(process.getuid?.() === 0)('writes through a character device (a copy of /dev/null) instead of replacing it', async () => {
    const device = join(tmp, 'null');
    expect(spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status).toBe(0);
    expect((await exportCsv(device)).code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('refuses a folder, and a link to one, with a usage error', async () => {
    const folder = join(tmp, 'folder');
    mkdirSync(folder);
    symlinkSync(folder, join(tmp, 'folder-link'));
    for (const out of [folder, join(tmp, 'folder-link')]) {
      const res = await exportCsv(out);
      expect([res.code, res.stderr.includes('is a folder')], out).toEqual([2, true]);
    }
    expect(lstatSync(join(tmp, 'folder-link')).isSymbolicLink()).toBe(true);
  });
});
