/**
 * The packed tarball, as `npm run release` would publish it: publint and @arethetypeswrong/cli find no
 * problem, and the main entry stays under its size limits (src/release/package-check.ts, the same code CI runs).
 * Needs a built dist/ (`npm test` builds first).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attwTarball,
  bundleSize,
  judgeSizes,
  measureMainEntry,
  packTarball,
  publintTarball,
  SIZE_LIMITS,
  type SizeReport,
  unpackTarball,
} from '../src/release/package-check.js';
import { ROOT } from './helpers/project.js';

describe('the packed package', () => {
  let work: string;
  let tarball: string;
  let sizes: SizeReport;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    work = mkdtempSync(join(tmpdir(), 'elet-package-check-'));
    tarball = packTarball(ROOT, work);
    sizes = await measureMainEntry(unpackTarball(tarball, join(work, 'unpacked')), ROOT);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has no publint message, not even a suggestion', async () => {
    expect(await publintTarball(tarball)).toEqual([]);
  });

  it('has no @arethetypeswrong problem in any resolution mode (node10, node16 CJS and ESM, bundler)', () => {
    const { ok, report } = attwTarball(tarball);
    expect(ok, report).toBe(true);
  });

  it('keeps the main entry under its min+gzip limits, with and without the records', () => {
    const { lines, over } = judgeSizes(sizes);
    expect(over, lines.join('\n')).toEqual([]);
    // The records are part of the entry: the two figures differ, so each limit guards something.
    expect(sizes.mainEntryWithoutRecords.gzip).toBeLessThan(sizes.mainEntry.gzip);
  });

  it('would catch a runtime dependency pulled into the main entry', async () => {
    // What the main entry would weigh if it re-exported zod (as the schema entry does): far over the limit.
    const withZod = await bundleSize(join(ROOT, 'src', 'schema-entry.ts'), [], [join(ROOT, 'node_modules')]);
    expect(withZod.gzip).toBeGreaterThan(SIZE_LIMITS.mainEntry);
    expect(judgeSizes({ ...sizes, mainEntry: withZod }).over).toEqual(['mainEntry']);
  });
});
