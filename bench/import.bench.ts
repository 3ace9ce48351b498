/**
 * What `import('elet-resources')` adds to a bare node start, and the main entry's size (min+gzip)
 * with and without the records. Uses the built package (run `npm run build` first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchRow } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function medianSpawn(args: string[], runs = 21): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Bytes of the ESM entry bundled and minified, gzipped; `withoutData` stubs the generated records. */
async function entrySize(withoutData: boolean): Promise<{ min: number; gzip: number }> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    plugins: withoutData
      ? [{ name: 'no-data', setup: (b) => b.onLoad({ filter: /generated[\\/]records\.ts$/ }, () => ({ contents: 'export const records = [];', loader: 'ts' })) }]
      : [],
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('run `npm run build` before the import benchmark');
  // Same flags on both sides, so the difference is the package alone.
  const bareEsm = medianSpawn(['--input-type=module', '-e', '']);
  const bareCjs = medianSpawn(['-e', '']);
  const esm = medianSpawn(['--input-type=module', '-e', "await import('elet-resources')"]);
  const cjs = medianSpawn(['-e', "require('elet-resources')"]);
  const query = medianSpawn(['--input-type=module', '-e', "const m = await import('elet-resources'); m.byCountry('DE')"]);
  // In-process: time around the import itself, after the loader is warm (a trivial module imported first).
  const inProcess = Number(
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "await import('data:text/javascript,export default 1'); const t = performance.now(); await import('elet-resources'); console.log(performance.now() - t)"],
      { cwd: ROOT, encoding: 'utf8' },
    ),
  );
  const full = await entrySize(false);
  const bare2 = await entrySize(true);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return [
    { group: 'import cost (node start, 21 runs)', name: "import('elet-resources') (ESM)", medianMs: esm, baseline: 'node --input-type=module -e ""', baselineMs: bareEsm, note: `adds ${(esm - bareEsm).toFixed(1)} ms` },
    { group: 'import cost (node start, 21 runs)', name: "require('elet-resources') (CJS)", medianMs: cjs, baseline: 'node -e ""', baselineMs: bareCjs, note: `adds ${(cjs - bareCjs).toFixed(1)} ms` },
    { group: 'import cost (node start, 21 runs)', name: "import + first byCountry('DE')", medianMs: query, baseline: 'node --input-type=module -e ""', baselineMs: bareEsm, note: `adds ${(query - bareEsm).toFixed(1)} ms` },
    { group: 'import cost (in process)', name: "await import('elet-resources'), loader warm", medianMs: inProcess, note: 'one run' },
    { group: 'main entry size', name: 'min+gzip with the records', medianMs: 0, note: `${kb(full.min)} min, ${kb(full.gzip)} gzip` },
    { group: 'main entry size', name: 'min+gzip without the records', medianMs: 0, note: `${kb(bare2.min)} min, ${kb(bare2.gzip)} gzip` },
  ];
}
