/**
 * Dump emission: time and peak memory to write every dump (Turtle, N-Triples, JSON-LD, vocabularies,
 * CSV, JSON, DCAT) for the real catalogue and for 100,000 synthetic records, each measured in a fresh
 * child process (peak RSS from the child's own resource usage); and the throughput of the Turtle and
 * JSON-LD writers as a ratio to `JSON.stringify` of the same records.
 * Targets: 100,000 records in all formats under 60 s and under 1 GB peak; nothing quadratic
 * (compare the per-record times and peaks at 10,000 and 100,000).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { records } from '../src/generated/records.js';
import { writeDumps } from '../src/publish/dumps.js';
import { CatalogueGraph, catalogueContext, iriValued, prefixes } from '../src/rdf/catalogue-graph.js';
import { JsonLdStream } from '../src/rdf/jsonld.js';
import { type BlockStream, type Sink, TurtleStream } from '../src/rdf/serialize.js';
import type { Resource } from '../src/schema.js';
import { type BenchRow, inChild } from './measure.js';
import { syntheticRecords } from './synthetic.js';

const SYNTHETIC = 100_000;
const RELEASE = '2026-12-01';

interface ChildResult {
  ms: number;
  peakRssMb: number;
  triples: number;
  bytes: number;
}

/** Child mode: emit the dumps of `n` records (0 = the real catalogue) into `dir` and report. */
async function child(n: number, dir: string): Promise<void> {
  const resources = n === 0 ? records : syntheticRecords(n);
  const t0 = performance.now();
  const result = await writeDumps(join(dir, 'dumps'), { resources, modified: RELEASE });
  const ms = performance.now() - t0;
  const out: ChildResult = {
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    triples: result.triples['catalogue.nt'] ?? 0,
    bytes: Object.values(result.files).reduce((sum, f) => sum + f.byteSize, 0),
  };
  process.stdout.write(JSON.stringify(out));
}

/**
 * Time to write the graph of the records `rs` (the records and the nodes they point to, as
 * `toTurtle(rs)` does: no vocabularies or DCAT, so it compares with `JSON.stringify` of the same
 * records) with one serialiser into a sink that only counts.
 */
function timeWriter(rs: readonly Resource[], make: (graph: CatalogueGraph, sink: Sink) => BlockStream): number {
  const graph = new CatalogueGraph(rs);
  let length = 0;
  const t0 = performance.now();
  const stream = make(graph, (s) => {
    length += s.length;
  });
  for (const block of graph.blocks()) stream.add(block);
  stream.end();
  const ms = performance.now() - t0;
  if (length === 0) throw new Error('bench: the writer wrote nothing');
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function throughput(label: string, rs: readonly Resource[], runs: number): BenchRow[] {
  const stringify = median(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      JSON.stringify(rs);
      return performance.now() - t0;
    }),
  );
  const turtle = median(Array.from({ length: runs }, () => timeWriter(rs, (g, sink) => new TurtleStream(prefixes(g.options.base), sink))));
  const jsonld = median(
    Array.from({ length: runs }, () =>
      timeWriter(rs, (g, sink) => new JsonLdStream(catalogueContext(g.options.base), prefixes(g.options.base), iriValued(g.options.base), sink)),
    ),
  );
  return [
    {
      group: 'emit',
      name: `Turtle writer, ${label}`,
      medianMs: turtle,
      baseline: 'JSON.stringify(records)',
      baselineMs: stringify,
      note: 'records → quads → Turtle',
    },
    {
      group: 'emit',
      name: `JSON-LD writer, ${label}`,
      medianMs: jsonld,
      baseline: 'JSON.stringify(records)',
      baselineMs: stringify,
      note: 'records → quads → compact JSON-LD',
    },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // Two synthetic sizes a factor of ten apart: time should grow tenfold, memory hardly at all.
  for (const [label, n] of [
    [`real catalogue (${records.length} records)`, 0],
    ...[SYNTHETIC / 10, SYNTHETIC].map((size) => [`${size.toLocaleString('en')} synthetic records`, size] as const),
  ] as const) {
    const r = inChild<ChildResult>(fileURLToPath(import.meta.url), n, 'elet-emit-bench-');
    const count = n || records.length;
    rows.push({
      group: 'emit',
      name: `all dumps, ${label}`,
      medianMs: r.ms,
      note: `peak RSS ${r.peakRssMb.toFixed(0)} MB; ${r.triples.toLocaleString('en')} triples; ${(r.bytes / 1024 ** 2).toFixed(1)} MB written; ${((r.ms * 1000) / count).toFixed(0)} µs/record`,
    });
  }
  rows.push(...throughput(`real catalogue`, records, 21));
  rows.push(...throughput(`${SYNTHETIC.toLocaleString('en')} records`, syntheticRecords(SYNTHETIC), 3));
  return rows;
}

if (process.argv[2] === '--child') await child(Number(process.argv[3]), process.argv[4]!);
