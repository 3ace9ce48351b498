/**
 * A bundler keeps only what a user imports: the query engine or a code list alone carries neither the package's
 * records nor the vocabulary data (measured as check-package measures the main entry: one import line bundled for
 * the browser, minified, gzipped); the root entry has no label in a language other than English at all (those are in
 * `elet-resources/labels`). Build-free: the root entry is first bundled from src/ into one module as tsup ships it
 * (so module boundaries are gone and only statement-level tree shaking, that is `@__PURE__` annotations, can leave
 * data out), then the import line is bundled against that module.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../../../src/release/package-check.js';
import { ROOT } from '../../helpers/project.js';

let work: string;
let entry: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'elet-named-imports-'));
  entry = join(work, 'index.js');
  await build({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    outfile: entry,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const A_RECORD = 'second-chance-schools-spain';
const A_GERMAN_LABEL = 'Spanien';

async function bundle(names: string): Promise<{ code: string; gzip: number }> {
  const { text, gzip } = await bundleForBrowser(`export { ${names} } from ${JSON.stringify(entry)};`, { resolveDir: ROOT });
  return { code: text, gzip };
}

describe('a one-name import', () => {
  it('of Catalogue carries the engine only: no record, no label', async () => {
    const { code, gzip } = await bundle('Catalogue');
    expect(code).not.toContain(A_RECORD);
    expect(code).not.toContain(A_GERMAN_LABEL);
    expect(gzip).toBeLessThan(6 * 1024);
  });

  it('of a code list carries the code lists only', async () => {
    const { code, gzip } = await bundle('countryCodes');
    expect(code).not.toContain(A_RECORD);
    expect(code).not.toContain(A_GERMAN_LABEL);
    expect(gzip).toBeLessThan(1.5 * 1024);
  });

  it('of search carries the records but no label; of label the English labels but no record', async () => {
    const withSearch = await bundle('search');
    expect(withSearch.code).toContain(A_RECORD);
    expect(withSearch.code).not.toContain(A_GERMAN_LABEL);
    const withLabel = await bundle('label');
    expect(withLabel.code).toContain('"Spain"');
    // The labels in the other languages are in elet-resources/labels, not in the root entry at all.
    expect(withLabel.code).not.toContain(A_GERMAN_LABEL);
    expect(withLabel.code).not.toContain(A_RECORD);
    expect(withLabel.gzip).toBeLessThan(5 * 1024);
  });
});
