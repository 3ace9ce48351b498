/** Where `--out` goes: atomic replace for regular files (and new paths), write-through for everything else. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/errors.js';
import { outputTarget } from '../../../src/cli/output-target.js';

const tmp = mkdtempSync(join(tmpdir(), 'elet-target-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('outputTarget', () => {
  it('replaces regular files and paths where nothing is yet', () => {
    writeFileSync(join(tmp, 'file.csv'), 'x');
    expect(outputTarget(join(tmp, 'file.csv')).kind).toBe('replace');
    expect(outputTarget(join(tmp, 'new.csv')).kind).toBe('replace');
  });

  it('writes through links (to files, to nothing, to /dev/null), devices and FIFOs', () => {
    symlinkSync(join(tmp, 'file.csv'), join(tmp, 'to-file'));
    symlinkSync(join(tmp, 'missing.csv'), join(tmp, 'dangling'));
    symlinkSync('/dev/null', join(tmp, 'to-null'));
    const paths = [join(tmp, 'to-file'), join(tmp, 'dangling'), join(tmp, 'to-null'), '/dev/null'];
    if (process.platform !== 'win32' && spawnSync('mkfifo', [join(tmp, 'fifo')]).status === 0) paths.push(join(tmp, 'fifo'));
    for (const path of paths) expect(outputTarget(path), path).toEqual({ kind: 'write-through', path });
  });

  it('refuses folders and links to folders', () => {
    mkdirSync(join(tmp, 'folder'));
    symlinkSync(join(tmp, 'folder'), join(tmp, 'to-folder'));
    for (const path of [join(tmp, 'folder'), join(tmp, 'to-folder')]) expect(() => outputTarget(path)).toThrow(UsageError);
  });
});
