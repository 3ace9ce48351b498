/**
 * replaceDir's swap (src/publish/atomic.ts): the old folder stays readable for the whole fill, and a failure
 * of the second rename, after the old folder was moved aside, puts the old folder back at once instead of
 * leaving the target missing until the next build. The rename failure is simulated by wrapping node:fs.
 */
import type * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** When set, renaming a temporary folder onto this path fails as a full disk would. */
let failRenameOnto: string | undefined;
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (failRenameOnto !== undefined && String(to) === failRenameOnto && String(from).includes('.tmp-')) {
        throw Object.assign(new Error('ENOSPC: no space left on device (simulated)'), { code: 'ENOSPC' });
      }
      real.renameSync(from, to);
    },
  };
});
const { replaceDir } = await import('../../../src/publish/atomic.js');

let parent: string;
let target: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'elet-swap-'));
  target = join(parent, 'out');
  mkdirSync(target);
  writeFileSync(join(target, 'index.js'), 'old');
});
afterEach(() => {
  failRenameOnto = undefined;
  rmSync(parent, { recursive: true, force: true });
});

describe('replaceDir swap', () => {
  it('keeps the old folder loadable for the whole fill', async () => {
    const seen: string[] = [];
    await replaceDir(target, async (dir) => {
      for (let i = 0; i < 5; i++) {
        seen.push(readFileSync(join(target, 'index.js'), 'utf8'));
        writeFileSync(join(dir, `part-${i}`), 'new');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      writeFileSync(join(dir, 'index.js'), 'new');
    });
    expect(seen).toEqual(['old', 'old', 'old', 'old', 'old']);
    expect(readFileSync(join(target, 'index.js'), 'utf8')).toBe('new');
  });

  it('puts the old folder back at once when the second rename fails, leaving nothing beside it', async () => {
    failRenameOnto = target;
    await expect(replaceDir(target, (dir) => writeFileSync(join(dir, 'index.js'), 'new'))).rejects.toThrow('ENOSPC');
    expect(readFileSync(join(target, 'index.js'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['out']);
  });
});
