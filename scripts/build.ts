/**
 * `npm run build`: validate and generate, bundle with tsup, emit the RDF dumps, then swap the new
 * output into dist/ in one rename. Everything is written to a temporary folder first, so a failure
 * (or a kill) at any step leaves the previous dist/ untouched.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build as tsup } from 'tsup';
import { configs } from '../tsup.config.js';
import { generate, ROOT } from './generate.js';

const TMP = join(ROOT, '.build-tmp');

export async function buildAll(): Promise<void> {
  await generate();
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  const out = join(TMP, 'dist');
  for (const config of configs) await tsup({ ...config, outDir: out, clean: false, silent: true });
  const { emitDumps } = await import('./emit-dumps.js');
  await emitDumps(join(out, 'dumps'));
  swapInto(out, join(ROOT, 'dist'));
  rmSync(TMP, { recursive: true, force: true });
  console.log('build: dist/ updated');
}

/** Two renames on one file system: at every instant dist/ is either the old or the new build. */
function swapInto(fresh: string, target: string): void {
  const old = join(TMP, 'previous');
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
}

await buildAll();
