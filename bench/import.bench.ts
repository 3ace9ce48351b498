/**
 * What `import('elet-resources')` costs a user, and what a bundler ships of it: the root entry's size (min+gzip)
 * with and without the records, one-name imports, and the labels entry (the labels in every language). Uses the
 * built package (run `npm run build` first), installed in a throw-away project beside a one-line package, so both go
 * through the same bare-specifier resolution a user's import does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { bundleForBrowser } from '../src/release/package-check.js';
import type { BenchRow } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A project with elet-resources installed (linked to this build) and a one-line package `one-line`. */
function userProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'elet-import-bench-'));
  const oneLine = join(dir, 'node_modules', 'one-line');
  mkdirSync(oneLine, { recursive: true });
  writeFileSync(
    join(oneLine, 'package.json'),
    JSON.stringify({ name: 'one-line', type: 'module', exports: { '.': { import: './index.js', require: './index.cjs' } } }),
  );
  writeFileSync(join(oneLine, 'index.js'), 'export default 1;\n');
  writeFileSync(join(oneLine, 'index.cjs'), 'module.exports = 1;\n');
  symlinkSync(ROOT, join(dir, 'node_modules', 'elet-resources'));
  return dir;
}

/** Median of `runs` spawns of each command, interleaved so that machine load hits all sides alike. */
function medianSpawns(cwd: string, commands: string[][], runs = 31): number[] {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    commands.forEach((args, j) => {
      const t0 = performance.now();
      execFileSync(process.execPath, args, { cwd, stdio: 'ignore' });
      times[j]!.push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
}

/** Wall and CPU time around `import(specifier)` in fresh processes whose ESM loader a file module has warmed; medians. */
function inProcess(cwd: string, specifiers: string[], runs = 21): Array<{ wall: number; cpu: number }> {
  const warm = join(ROOT, 'bench', 'trivial-module.mjs');
  const samples = specifiers.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (let i = 0; i < runs; i++) {
    specifiers.forEach((specifier, j) => {
      const script = `await import(${JSON.stringify(warm)}); const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(specifier)}); const u = process.cpuUsage(c); console.log(performance.now() - t, (u.user + u.system) / 1000);`;
      const [wall, cpu] = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' }).trim().split(' ').map(Number);
      samples[j]!.wall.push(wall!);
      samples[j]!.cpu.push(cpu!);
    });
  }
  return samples.map((s) => ({ wall: median(s.wall), cpu: median(s.cpu) }));
}

/** Leaves the records out, to weigh the entry without its data. */
const withoutRecords: Plugin = {
  name: 'without-records',
  setup: (b) => b.onLoad({ filter: /generated[\\/]records\.ts$/ }, () => ({ contents: 'export const records = [];', loader: 'ts' })),
};

/** min and min+gzip bytes of `contents` (an import line) bundled for the browser, as check-package weighs the main entry. */
async function weigh(contents: string, plugins: Plugin[] = []): Promise<string> {
  const { min, gzip } = await bundleForBrowser(contents, { plugins, resolveDir: ROOT });
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return `${kib(min)} min, ${kib(gzip)} min+gzip`;
}

async function sizes(): Promise<BenchRow[]> {
  const dist = JSON.stringify(join(ROOT, 'dist', 'index.js'));
  const src = JSON.stringify(join(ROOT, 'src', 'index.ts'));
  const labels = JSON.stringify(join(ROOT, 'dist', 'labels.js'));
  const row = (name: string, note: string): BenchRow => ({ group: 'bundle size (esbuild, minified, gzip -9)', name, medianMs: 0, note });
  return [
    row("export * from 'elet-resources'", await weigh(`export * from ${dist};`)),
    row('the same without the records', await weigh(`export * from ${src};`, [withoutRecords])),
    row("import { Catalogue } from 'elet-resources'", await weigh(`export { Catalogue } from ${dist};`)),
    row("import { countryCodes } from 'elet-resources'", await weigh(`export { countryCodes } from ${dist};`)),
    row("import { search } from 'elet-resources'", await weigh(`export { search } from ${dist};`)),
    row("import { label } from 'elet-resources'", await weigh(`export { label } from ${dist};`)),
    row("export * from 'elet-resources/labels'", await weigh(`export * from ${labels};`)),
    row("import { label } from 'elet-resources/labels'", await weigh(`export { label } from ${labels};`)),
  ];
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('run `npm run build` before the import benchmark');
  const project = userProject();
  try {
    const trivial = join(ROOT, 'bench', 'trivial-module.mjs');
    const [bareEsm, fileEsm, packageEsm, esm, query, bareCjs, packageCjs, cjs] = medianSpawns(project, [
      ['--input-type=module', '-e', ''],
      ['--input-type=module', '-e', `await import(${JSON.stringify(trivial)})`],
      ['--input-type=module', '-e', "await import('one-line')"],
      ['--input-type=module', '-e', "await import('elet-resources')"],
      ['--input-type=module', '-e', "const m = await import('elet-resources'); m.byCountry('DE')"],
      ['-e', ''],
      ['-e', "require('one-line')"],
      ['-e', "require('elet-resources')"],
    ]) as [number, number, number, number, number, number, number, number];
    const [ours, oneLine] = inProcess(project, ['elet-resources', 'one-line']) as [{ wall: number; cpu: number }, { wall: number; cpu: number }];
    const spawned = 'import cost (node start, 31 interleaved runs)';
    const adds = (a: number, b: number, what: string) => `adds ${(a - b).toFixed(1)} ms${what}`;
    return [
      {
        group: spawned,
        name: "import('elet-resources') (ESM)",
        medianMs: esm,
        baseline: "import('one-line'), a one-line package",
        baselineMs: packageEsm,
        note: adds(esm, packageEsm, ' beyond importing a one-line package'),
      },
      {
        group: spawned,
        name: "import('elet-resources') (ESM)",
        medianMs: esm,
        baseline: 'import of a one-line file module',
        baselineMs: fileEsm,
        note: adds(esm, fileEsm, ' beyond a one-line file (which skips package resolution)'),
      },
      {
        group: spawned,
        name: "import('elet-resources') (ESM)",
        medianMs: esm,
        baseline: 'node --input-type=module -e ""',
        baselineMs: bareEsm,
        note: adds(esm, bareEsm, ''),
      },
      {
        group: spawned,
        name: "require('elet-resources') (CJS)",
        medianMs: cjs,
        baseline: "require('one-line')",
        baselineMs: packageCjs,
        note: adds(cjs, packageCjs, ` (node -e "": ${bareCjs.toFixed(1)} ms)`),
      },
      {
        group: spawned,
        name: "import + first byCountry('DE')",
        medianMs: query,
        baseline: "import('one-line')",
        baselineMs: packageEsm,
        note: adds(query, packageEsm, ''),
      },
      {
        group: 'import cost (in process, 21 interleaved runs, ESM loader warm)',
        name: "await import('elet-resources')",
        medianMs: ours.wall,
        baseline: "await import('one-line')",
        baselineMs: oneLine.wall,
        note: `adds ${(ours.wall - oneLine.wall).toFixed(1)} ms wall, ${(ours.cpu - oneLine.cpu).toFixed(1)} ms CPU (${ours.cpu.toFixed(1)} vs ${oneLine.cpu.toFixed(1)})`,
      },
      ...(await sizes()),
    ];
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
