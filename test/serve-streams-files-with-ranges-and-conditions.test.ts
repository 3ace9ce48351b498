/**
 * Files are streamed (memory stays flat however many downloads run), answer byte ranges (206/416),
 * and conditional requests (If-None-Match with strong, weak or `*` tags; If-Modified-Since; If-Range).
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/server.js';
import { get } from './helpers/http.js';

const SMALL = 'abcdefghijklmnopqrstuvwxyz0123456789\n'; // 37 bytes: kept in memory
const BIG_MB = 64;
const LINE = '<https://example.org/s> <https://example.org/p> "a literal of some length" .\n';

let dir: string;
let server: RunningServer;
let bigSize: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'elet-stream-'));
  mkdirSync(join(dir, 'dumps'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, 'dumps', 'small.txt'), SMALL);
  const chunk = Buffer.from(LINE.repeat(Math.ceil((1 << 20) / LINE.length)).slice(0, 1 << 20));
  const fd = openSync(join(dir, 'dumps', 'big.nt'), 'w');
  for (let i = 0; i < BIG_MB; i++) writeSync(fd, chunk);
  closeSync(fd);
  bigSize = statSync(join(dir, 'dumps', 'big.nt')).size;
  server = await startServer({ root: dir, port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Downloads a file, counting its bytes without keeping them. */
function download(path: string): Promise<number> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
    });
    req.setTimeout(60_000, () => req.destroy(new Error('download stalled')));
    req.on('error', reject);
    req.end();
  });
}

describe('large files', () => {
  it(`are streamed: 10 concurrent downloads of ${BIG_MB} MB keep memory flat`, async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      const sizes = await Promise.all(Array.from({ length: 10 }, () => download('/dumps/big.nt')));
      expect(sizes).toEqual(Array(10).fill(bigSize));
    } finally {
      clearInterval(sampler);
    }
    const grownMb = (peak - before) / 2 ** 20;
    expect(grownMb).toBeLessThan(150); // reading whole files grows by 10 × 64 MB
  });
});

describe.each([
  ['a small file (from memory)', '/dumps/small.txt', () => Buffer.from(SMALL)],
  ['a large file (streamed)', '/dumps/big.nt', () => undefined],
])('byte ranges of %s', (_, path, whole) => {
  const size = () => whole()?.length ?? bigSize;
  const expectBytes = (body: Buffer, start: number, end: number) => {
    expect(body.length).toBe(end - start + 1);
    const known = whole();
    if (known) expect(body.equals(known.subarray(start, end + 1))).toBe(true);
  };

  it('answers 206 with Content-Range for one range: closed, open-ended and suffix', async () => {
    const closed = await get(server.url, path, { Range: 'bytes=2-9' });
    expect([closed.status, closed.headers['content-range'], closed.headers['content-length']]).toEqual([206, `bytes 2-9/${size()}`, '8']);
    expectBytes(closed.body, 2, 9);
    const open = await get(server.url, path, { Range: `bytes=${size() - 5}-` });
    expect([open.status, open.headers['content-range']]).toEqual([206, `bytes ${size() - 5}-${size() - 1}/${size()}`]);
    expectBytes(open.body, size() - 5, size() - 1);
    const suffix = await get(server.url, path, { Range: 'bytes=-3' });
    expect([suffix.status, suffix.headers['content-range']]).toEqual([206, `bytes ${size() - 3}-${size() - 1}/${size()}`]);
    const beyond = await get(server.url, path, { Range: `bytes=0-${size() + 100}` });
    expect([beyond.status, beyond.headers['content-range']]).toEqual([206, `bytes 0-${size() - 1}/${size()}`]);
    expect((await get(server.url, path)).headers['accept-ranges']).toBe('bytes');
  });

  it('answers 416 with the size for a range past the end', async () => {
    for (const range of [`bytes=${size()}-`, `bytes=${size() + 10}-${size() + 20}`, 'bytes=-0']) {
      const res = await get(server.url, path, { Range: range });
      expect([res.status, res.headers['content-range']], range).toEqual([416, `bytes */${size()}`]);
    }
  });

  it('ignores an invalid or multiple Range, a Range on HEAD, and a Range whose If-Range no longer matches', async () => {
    const etag = String((await get(server.url, path, {}, 'HEAD')).headers.etag);
    const cases: Record<string, string>[] = [
      { Range: 'bytes=9-2' },
      { Range: 'lines=1-2' },
      { Range: 'bytes=0-1,4-5' },
      { Range: 'bytes=0-1', 'If-Range': '"something-else"' },
      { Range: 'bytes=0-1', 'If-Range': `W/${etag}` },
    ];
    for (const headers of cases) {
      const res = await get(server.url, path, headers);
      expect([res.status, res.body.length], JSON.stringify(headers)).toEqual([200, size()]);
    }
    const head = await get(server.url, path, { Range: 'bytes=0-1' }, 'HEAD');
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([200, String(size()), 0]);
    const current = await get(server.url, path, { Range: 'bytes=0-1', 'If-Range': etag });
    expect(current.status).toBe(206);
  });
});

describe('conditional requests', () => {
  it.each(['/dumps/small.txt', '/dumps/big.nt'])('%s: If-None-Match with the tag, a weak form of it, a list holding it, or * answers 304', async (path) => {
    const first = await get(server.url, path, {}, 'HEAD');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    for (const condition of [etag, `W/${etag}`, `"other", ${etag}`, '*', `W/"other",W/${etag}`]) {
      const res = await get(server.url, path, { 'If-None-Match': condition });
      expect([res.status, res.body.length, res.headers.etag], condition).toEqual([304, 0, etag]);
    }
    expect((await get(server.url, path, { 'If-None-Match': '"other"' }, 'HEAD')).status).toBe(200);
  });

  it('If-Modified-Since answers 304 unless the file changed since, and yields to If-None-Match', async () => {
    const first = await get(server.url, '/dumps/small.txt', {}, 'HEAD');
    const lastModified = String(first.headers['last-modified']);
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    expect((await get(server.url, '/dumps/small.txt', { 'If-Modified-Since': lastModified })).status).toBe(304);
    expect((await get(server.url, '/dumps/small.txt', { 'If-Modified-Since': new Date(Date.now() + 3_600_000).toUTCString() })).status).toBe(304);
    expect((await get(server.url, '/dumps/small.txt', { 'If-Modified-Since': 'Sat, 01 Jan 2000 00:00:00 GMT' })).status).toBe(200);
    expect((await get(server.url, '/dumps/small.txt', { 'If-Modified-Since': 'not a date' })).status).toBe(200);
    const both = await get(server.url, '/dumps/small.txt', { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified });
    expect(both.status).toBe(200);
  });
});
