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

/** Median of `runs` spawns of each command, interleaved so that machine load hits both sides alike. */
function medianSpawns(commands: string[][], runs = 31): number[] {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    commands.forEach((args, j) => {
      const t0 = performance.now();
      execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
      times[j]!.push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
}

/**
 * Time around `import('elet-resources')` inside a fresh process, after one trivial file module has warmed
 * the ESM loader (a cost any first import pays, whatever it imports); median over `runs` processes.
 */
function medianInProcess(runs = 21): number {
  const warm = join(ROOT, 'bench', 'trivial-module.mjs');
  const script = `await import(${JSON.stringify(warm)}); const t = performance.now(); await import('elet-resources'); console.log(performance.now() - t);`;
  const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' })));
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
  const trivial = join(ROOT, 'bench', 'trivial-module.mjs');
  const [bareEsm, trivialEsm, esm, query, bareCjs, cjs] = medianSpawns([
    ['--input-type=module', '-e', ''],
    ['--input-type=module', '-e', `await import(${JSON.stringify(trivial)})`],
    ['--input-type=module', '-e', "await import('elet-resources')"],
    ['--input-type=module', '-e', "const m = await import('elet-resources'); m.byCountry('DE')"],
    ['-e', ''],
    ['-e', "require('elet-resources')"],
  ]) as [number, number, number, number, number, number];
  const inProcess = medianInProcess();
  const full = await entrySize(false);
  const bare2 = await entrySize(true);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return [
    { group: 'import cost (node start, 31 interleaved runs)', name: "import('elet-resources') (ESM)", medianMs: esm, baseline: 'node --input-type=module -e ""', baselineMs: bareEsm, note: `adds ${(esm - bareEsm).toFixed(1)} ms` },
    { group: 'import cost (node start, 31 interleaved runs)', name: "import('elet-resources') (ESM)", medianMs: esm, baseline: 'import of a one-line module', baselineMs: trivialEsm, note: `adds ${(esm - trivialEsm).toFixed(1)} ms beyond the ESM loader's own start` },
    { group: 'import cost (node start, 31 interleaved runs)', name: "require('elet-resources') (CJS)", medianMs: cjs, baseline: 'node -e ""', baselineMs: bareCjs, note: `adds ${(cjs - bareCjs).toFixed(1)} ms` },
    { group: 'import cost (node start, 31 interleaved runs)', name: "import + first byCountry('DE')", medianMs: query, baseline: 'node --input-type=module -e ""', baselineMs: bareEsm, note: `adds ${(query - bareEsm).toFixed(1)} ms` },
    { group: 'import cost (in process, 21 runs)', name: "await import('elet-resources'), ESM loader warm", medianMs: inProcess, note: 'time around the import itself' },
    { group: 'main entry size', name: 'min+gzip with the records', medianMs: 0, note: `${kb(full.min)} min, ${kb(full.gzip)} gzip` },
    { group: 'main entry size', name: 'min+gzip without the records', medianMs: 0, note: `${kb(bare2.min)} min, ${kb(bare2.gzip)} gzip` },
  ];
}
