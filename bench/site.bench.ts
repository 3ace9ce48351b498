/**
 * Static site build time: the real catalogue and 10,000 synthetic records, each with its dumps
 * (the same dump writer as `npm run build`), written to bench/tmp/ (git-ignored).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resources } from '../src/package-catalogue.js';
import type { Resource } from '../src/schema.js';
import { buildSite, type SiteReport } from '../src/site/build.js';
import type { BenchRow } from './measure.js';
import { syntheticRecords } from './synthetic.js';

const TMP = fileURLToPath(new URL('./tmp/', import.meta.url));

async function timed(label: string, records: readonly Resource[], runs: number): Promise<BenchRow> {
  const outDir = join(TMP, `site-${records.length}`);
  const reports: SiteReport[] = [];
  for (let i = 0; i < runs; i++) {
    reports.push(await buildSite({ outDir, resources: records, dumps: true }));
  }
  rmSync(outDir, { recursive: true, force: true });
  reports.sort((a, b) => a.ms - b.ms);
  const mid = reports[Math.floor(reports.length / 2)]!;
  return {
    group: 'site build',
    name: label,
    medianMs: mid.ms,
    note: `${mid.pages} pages, ${mid.files} files, ${(mid.bytes / 1024 / 1024).toFixed(1)} MB (dumps included); median of ${runs}`,
  };
}

export async function run(): Promise<BenchRow[]> {
  mkdirSync(TMP, { recursive: true });
  return [
    await timed(`real catalogue (${resources.length} records)`, resources, 5),
    await timed('10,000 synthetic records', syntheticRecords(10_000), 1),
  ];
}
