/** What `elet` does when standard output fails: exit codes and the one line it prints. */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/errors.js';
import { outputFailed } from '../../../src/cli/output-errors.js';

const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('outputFailed', () => {
  it('stops quietly with 141 when the reader went away', () => {
    let printed = '';
    expect(outputFailed(failure('EPIPE', 'write EPIPE'), (t) => (printed += t))).toBe(141);
    expect(EXIT.brokenPipe).toBe(141);
    expect(printed).toBe('');
  });

  it('prints one line and fails for anything else', () => {
    let printed = '';
    expect(outputFailed(failure('ENOSPC', 'ENOSPC: no space left on device, write\n\x1b'), (t) => (printed += t))).toBe(EXIT.failed);
    expect(printed).toBe('elet: cannot write to standard output: ENOSPC: no space left on device, write\\n\\x1b\n');
  });
});
