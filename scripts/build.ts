/**
 * `npm run build`: validate and generate, bundle with tsup, emit the RDF dumps and the static site, then swap the new
 * output into dist/ in one rename. Everything is written to a temporary folder first, so a failure
 * (or a kill) at any step leaves the previous dist/ untouched.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as tsup } from 'tsup';
import { configs } from '../tsup.config.js';
import { generate } from '../src/codegen/generate.js';
import { ROOT, runCommand } from './command.js';

export async function buildAll(root = ROOT): Promise<void> {
  const TMP = join(root, '.build-tmp');
  // tsup resolves its entries (src/…) from the working directory.
  process.chdir(root);
  restoreInterruptedSwap(join(root, 'dist'), join(TMP, 'previous'));
  await generate(root);
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  const out = join(TMP, 'dist');
  for (const config of configs) await tsup({ ...config, outDir: out, clean: false, silent: true });
  const { emitDumps } = await import('./emit-dumps.js');
  await emitDumps(join(out, 'dumps'));
  // The site is rebuilt with everything else, so a build never leaves dist/ without one (`elet serve` serves it).
  const { buildSite } = await import('../src/site/build.js');
  await buildSite({ outDir: join(out, 'site'), writeDumps: (dir) => emitDumps(dir) });
  const { dataReportFor } = await import('../src/data/data-report.js');
  writeFileSync(join(out, 'data-report.md'), await dataReportFor(root));
  swapInto(out, join(root, 'dist'), join(TMP, 'previous'));
  rmSync(TMP, { recursive: true, force: true });
  console.log('build: dist/ updated');
}

/**
 * Two renames on one file system: dist/ is never half-written. A kill between the two renames leaves
 * dist/ missing and the old build in `old`, which {@link restoreInterruptedSwap} puts back.
 */
function swapInto(fresh: string, target: string, old: string): void {
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
}

function restoreInterruptedSwap(target: string, old: string): void {
  if (!existsSync(target) && existsSync(old)) renameSync(old, target);
}

await runCommand(() => buildAll());
