/**
 * The built `elet` when standard output fails: a full disk gives one line `elet: …` (no stack trace) and exit 1;
 * a reader that closes the pipe early stops it quietly with exit 141 (as SIGPIPE would), not 0 with the output lost.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/project.js';

const CLI = join(ROOT, 'dist', 'cli.js');

describe.runIf(process.platform === 'linux')('dist/cli.js when standard output fails', () => {
  it.runIf(existsSync('/dev/full')).each([['export', '--format', 'nt'], ['list']])('a full disk (/dev/full) gives one line and exit 1: elet %s', (...args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const res = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(/^elet: cannot write to standard output: ENOSPC: no space left on device[^\n]*\n$/);
    } finally {
      closeSync(full);
    }
  });

  it('a reader closing the pipe early stops it quietly with exit 141', () => {
    const res = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" export --format nt | head -c 10 >/dev/null`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect([res.status, res.stderr]).toEqual([141, '']);
  });
});
