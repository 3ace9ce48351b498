/**
 * `elet serve` under load on loopback: autocannon against the built CLI serving the real catalogue's site,
 * once negotiating HTML (a browser's Accept header) and once Turtle, on `/resource/<slug>` (every slug in
 * turn). Each run is bounded to 10 s; the server runs in its own process so it does not share a CPU
 * thread with the load generator.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { resources } from '../src/package-catalogue.js';
import { buildSite } from '../src/site/build.js';
import type { BenchRow } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = join(ROOT, 'bench', 'tmp', 'serve-site');
const CLI = join(ROOT, 'dist', 'cli.js');
const SECONDS = 10;
const CONNECTIONS = 10;

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--root', TMP], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve({ child, url: m[0] });
    });
    child.on('exit', (code) => reject(new Error(`elet serve exited with ${code}`)));
  });
}

async function load(url: string, name: string, accept: string, expectedType: string): Promise<BenchRow> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'GET',
        headers: { accept },
        setupRequest: (request: Record<string, unknown>) => ({ ...request, path: `/resource/${resources[i++ % resources.length]!.slug}` }),
      },
    ],
  });
  // One sample request to prove the run measured the negotiated type, not an error page.
  const sample = await fetch(`${url}resource/${resources[0]!.slug}`, { headers: { accept } });
  const type = sample.headers.get('content-type') ?? '';
  if (!type.startsWith(expectedType)) throw new Error(`${name}: negotiated ${type}, expected ${expectedType}`);
  const failures = result.errors + result.timeouts + result.non2xx;
  return {
    group: 'elet serve (loopback, autocannon)',
    name,
    medianMs: result.latency.p50,
    note: `${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms (median column: p50, 1 ms resolution; mean ${result.latency.mean.toFixed(2)} ms), ${result.requests.total} requests, ${failures} errors/timeouts/non-2xx; ${CONNECTIONS} connections, ${SECONDS} s`,
  };
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(CLI)) throw new Error('serve bench: dist/cli.js is missing; run `npm run build` first');
  mkdirSync(join(ROOT, 'bench', 'tmp'), { recursive: true });
  await buildSite({ outDir: TMP });
  const { child, url } = await startServer();
  try {
    return [
      await load(url, 'HTML (browser Accept) on /resource/<slug>', BROWSER_ACCEPT, 'text/html'),
      await load(url, 'Turtle (Accept: text/turtle) on /resource/<slug>', 'text/turtle', 'text/turtle'),
    ];
  } finally {
    child.kill('SIGTERM');
    rmSync(TMP, { recursive: true, force: true });
  }
}
