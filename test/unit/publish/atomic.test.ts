/**
 * The one atomic-write module (src/publish/atomic.ts): a folder is replaced whole or not at all, whatever a
 * killed earlier call left behind is repaired, and two writers of one folder never mix their files.
 * Build-free: no dist/, no generated code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceDir, writeFileAtomic } from '../../../src/publish/atomic.js';

let parent: string;
let target: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'elet-atomic-'));
  target = join(parent, 'out');
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

/** A pid no process has any more: one of a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** File name → content of a folder. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

function fillWith(files: Record<string, string>): (dir: string) => void {
  return (dir) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  };
}

const failing = (dir: string) => {
  writeFileSync(join(dir, 'half'), 'half written');
  throw new Error('disk full (simulated)');
};

describe('replaceDir', () => {
  it('creates the folder, publishable (0755), and returns what the fill returned', async () => {
    const fill = (dir: string) => {
      fillWith({ a: '1' })(dir);
      return 42;
    };
    expect(await replaceDir(target, fill)).toBe(42);
    expect(contents(target)).toEqual({ a: '1' });
    expect(statSync(target).mode & 0o777).toBe(0o755);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('replaces the folder whole: nothing of the old one remains', async () => {
    await replaceDir(target, fillWith({ a: 'old', b: 'old' }));
    await replaceDir(target, fillWith({ c: 'new' }));
    expect(contents(target)).toEqual({ c: 'new' });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('leaves the old folder and no temporary folder when the fill fails', async () => {
    await replaceDir(target, fillWith({ a: 'old' }));
    await expect(replaceDir(target, failing)).rejects.toThrow('disk full');
    expect(contents(target)).toEqual({ a: 'old' });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('creates nothing when the first fill fails', async () => {
    await expect(replaceDir(target, async (dir) => failing(dir))).rejects.toThrow('disk full');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('puts the old folder back after a kill between the two renames, even when the next fill fails', async () => {
    mkdirSync(join(parent, '.out.old'));
    writeFileSync(join(parent, '.out.old', 'a'), 'old');
    await expect(replaceDir(target, failing)).rejects.toThrow('disk full');
    expect(contents(target)).toEqual({ a: 'old' });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('removes the old folder left by a kill after the second rename', async () => {
    await replaceDir(target, fillWith({ a: 'current' }));
    mkdirSync(join(parent, '.out.old'));
    writeFileSync(join(parent, '.out.old', 'a'), 'previous');
    await replaceDir(target, fillWith({ b: 'next' }));
    expect(contents(target)).toEqual({ b: 'next' });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('removes temporary folders of dead processes, and keeps those of live ones', async () => {
    const stale = `.out.tmp-${deadPid()}-0123456789ab`;
    const live = `.out.tmp-${process.ppid}-0123456789ab`;
    for (const name of [stale, live]) mkdirSync(join(parent, name, 'sub'), { recursive: true });
    await replaceDir(target, fillWith({ a: '1' }));
    expect(readdirSync(parent).sort()).toEqual([live, 'out'].sort());
  });

  it('takes over the lock of a dead process', async () => {
    writeFileSync(join(parent, '.out.lock'), `${deadPid()}\n`);
    await replaceDir(target, fillWith({ a: '1' }));
    expect(contents(target)).toEqual({ a: '1' });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('waits for a lock held by a live process, then fails naming the lock file', async () => {
    await replaceDir(target, fillWith({ a: 'old' }));
    const lock = join(parent, '.out.lock');
    writeFileSync(lock, `${process.ppid}\n`);
    const waits: Array<[string, number]> = [];
    const options = { waitMs: 300, pollMs: 20, onWait: (file: string, pid: number) => waits.push([file, pid]) };
    await expect(replaceDir(target, fillWith({ b: 'new' }), options)).rejects.toThrow(lock);
    expect(waits).toEqual([[lock, process.ppid]]);
    expect(contents(target)).toEqual({ a: 'old' });
    expect(readFileSync(lock, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('runs two concurrent writers of one folder one after the other: the result is one complete folder', async () => {
    const events: string[] = [];
    const writer = (name: string) => async (dir: string) => {
      events.push(`${name} starts`);
      for (let i = 0; i < 10; i++) {
        writeFileSync(join(dir, `${name}${i}`), name);
        await sleep(2);
      }
      events.push(`${name} ends`);
    };
    await Promise.all([replaceDir(target, writer('a'), { pollMs: 5 }), replaceDir(target, writer('b'), { pollMs: 5 })]);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
    expect(readdirSync(target).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `b${i}`));
    expect(readdirSync(parent)).toEqual(['out']);
  });
});

describe('writeFileAtomic', () => {
  const file = () => join(parent, 'report.md');

  it('writes a new file and replaces an existing one, leaving nothing beside it', () => {
    writeFileAtomic(file(), 'first');
    writeFileAtomic(file(), 'second');
    expect(readFileSync(file(), 'utf8')).toBe('second');
    expect(readdirSync(parent)).toEqual(['report.md']);
  });

  it('removes its temporary file when the rename fails, leaving what was there', () => {
    mkdirSync(join(file(), 'inside'), { recursive: true }); // a folder of that name: the rename cannot replace it
    expect(() => writeFileAtomic(file(), 'text')).toThrow();
    expect(readdirSync(parent)).toEqual(['report.md']);
    expect(existsSync(join(file(), 'inside'))).toBe(true);
  });

  it('removes the temporary file a killed writer left', () => {
    const stale = `.report.md.tmp-${deadPid()}-0123456789ab`;
    writeFileSync(join(parent, stale), 'half');
    writeFileAtomic(file(), 'whole');
    expect(readdirSync(parent)).toEqual(['report.md']);
  });
});
