/**
 * Static site build: time and peak memory at the real catalogue, 10,000 and 100,000 synthetic records,
 * each built with its dumps (the same dump writer as `npm run build`) in a fresh child process, so each
 * peak RSS is that build's alone. Growth should be linear in time (compare µs/record) and flat or
 * sublinear in memory; target: 100,000 records under 1 GB peak.
 * `ELET_BENCH_SITE_SIZES=0,10000` limits the sizes (0 = the real catalogue); written to a temporary folder.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resources } from '../src/package-catalogue.js';
import { buildSite, type SiteReport } from '../src/site/build.js';
import { type BenchRow, inChild } from './measure.js';
import { syntheticRecords } from './synthetic.js';

const SIZES = (process.env.ELET_BENCH_SITE_SIZES ?? '0,10000,100000').split(',').map(Number);

interface ChildResult extends Omit<SiteReport, 'outDir'> {
  peakRssMb: number;
}

/** Child mode: build the site of `n` records (0 = the real catalogue) into `dir` and report. */
async function child(n: number, dir: string): Promise<void> {
  const records = n === 0 ? resources : syntheticRecords(n);
  const { outDir: _, ...report } = await buildSite({ outDir: join(dir, 'site'), resources: records, dumps: true });
  const out: ChildResult = { ...report, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(out));
}

export async function run(): Promise<BenchRow[]> {
  return SIZES.map((n) => {
    const r = inChild<ChildResult>(fileURLToPath(import.meta.url), n, 'elet-site-bench-');
    const count = n || resources.length;
    const label = n === 0 ? `real catalogue (${count} records)` : `${n.toLocaleString('en')} synthetic records`;
    return {
      group: 'site build',
      name: label,
      medianMs: r.ms,
      note: `peak RSS ${r.peakRssMb.toFixed(0)} MB; ${((r.ms * 1000) / count).toFixed(0)} µs/record; ${r.pages} pages, ${r.files} files, ${(r.bytes / 1024 ** 2).toFixed(1)} MB (dumps included); one run`,
    };
  });
}

if (process.argv[2] === '--child') await child(Number(process.argv[3]), process.argv[4]!);
