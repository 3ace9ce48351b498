/** Shared bench helpers: medians of repeated runs, runs in a fresh process, and the row format every bench module returns. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** One line of bench/RESULTS.md. `ratio` is baseline ÷ subject: above 1 means the subject is faster. */
export interface BenchRow {
  group: string;
  name: string;
  /** Median time of the subject, in milliseconds. */
  medianMs: number;
  /** Median time of the baseline it is compared with, if any. */
  baselineMs?: number;
  baseline?: string;
  note?: string;
}

/** Median wall time of `fn` in ms over `runs` runs after `warmup` unmeasured ones. */
export function median(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Median wall time of each of `fns`, run in turns (one run of each, then again), so that a change in machine
 * load during the measurement hits every side alike.
 */
export function interleavedMedians(fns: ReadonlyArray<() => unknown>, runs = 15, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, j) => {
      const t0 = performance.now();
      fn();
      times[j]!.push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}

/** Same as {@link median} for async work. */
export async function medianAsync(fn: () => Promise<unknown>, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Compared rows; `baselineFn` is the naive equivalent of `fn`. */
export function compare(group: string, name: string, fn: () => unknown, baseline: string, baselineFn: () => unknown, runs?: number): BenchRow {
  return { group, name, medianMs: median(fn, runs), baseline, baselineMs: median(baselineFn, runs) };
}

/**
 * Runs the bench module `file` again in a fresh Node process as `<file> --child <n> <dir>`, with `dir` a new
 * temporary folder (removed after), and returns the JSON the child printed. A size measured this way owns its
 * process, so the peak RSS the child reports is that work's alone.
 */
export function inChild<T>(file: string, n: number, prefix: string): T {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', file, '--child', String(n), dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
