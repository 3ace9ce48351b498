/**
 * `npm run bench`: runs every bench module (bench/*.bench.ts), prints the table and writes bench/RESULTS.md.
 * Figures are medians on this machine; targets are read off the ratios, never asserted in tests.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './measure.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchRow[] = [];
for (const file of modules) {
  const mod = (await import(join(here, file))) as { run: () => Promise<BenchRow[]> };
  console.error(`bench: ${file}`);
  rows.push(...(await mod.run()));
}

// A row without a time (a size) leaves the column empty rather than print 0.
const fmt = (ms: number | undefined) => (ms === undefined || ms === 0 ? '' : ms < 1 ? ms.toFixed(4) : ms.toFixed(1));
const lines = [
  '# Benchmark results',
  '',
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString().slice(0, 10)}. Medians in ms; ratio = baseline ÷ subject (above 1: subject faster).`,
  '',
  '| group | subject | median ms | baseline | baseline ms | ratio | note |',
  '| --- | --- | ---: | --- | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.group} | ${r.name} | ${fmt(r.medianMs)} | ${r.baseline ?? ''} | ${fmt(r.baselineMs)} | ${
        r.baselineMs === undefined ? '' : `${(r.baselineMs / r.medianMs).toFixed(1)}x`
      } | ${r.note ?? ''} |`,
  ),
  '',
];
const table = lines.join('\n');
console.log(table);
if (only.length === 0) writeFileSync(join(here, 'RESULTS.md'), table);
