/** Connections that send nothing, or send their headers a byte at a time, are closed; and there are only so many. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type RunningServer, startServer } from '../src/server/server.js';
import { closedWithin, get, openSocket } from './helpers/http.js';

let dir: string;
const servers: RunningServer[] = [];
const sockets: Socket[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'elet-idle-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  for (const server of servers) await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(limits: Parameters<typeof startServer>[0]['limits']): Promise<RunningServer> {
  const server = await startServer({ root: dir, port: 0, limits });
  servers.push(server);
  return server;
}

async function connections(server: RunningServer, n: number): Promise<Socket[]> {
  const opened = await Promise.all(Array.from({ length: n }, () => openSocket(server.url)));
  sockets.push(...opened);
  return opened;
}

describe('idle and slow connections', () => {
  it('closes 20 connections that send nothing once the idle time has passed', async () => {
    const server = await serve({ idleTimeoutMs: 400, headersTimeoutMs: 400 });
    const idle = await connections(server, 20);
    const closed = await Promise.all(idle.map((s) => closedWithin(s, 4_000)));
    expect(closed.filter(Boolean).length).toBe(20);
    expect((await get(server.url, '/')).status).toBe(200); // and still answers
  });

  it('closes a connection that sends its headers a byte at a time (slowloris)', async () => {
    const server = await serve({ idleTimeoutMs: 2_000, headersTimeoutMs: 500, requestTimeoutMs: 1_000 });
    const [slow] = await connections(server, 1);
    const request = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ' + 'a'.repeat(200);
    let i = 0;
    const drip = setInterval(() => (i < request.length && !slow!.destroyed ? slow!.write(request[i++]!) : undefined), 100);
    try {
      expect(await closedWithin(slow!, 5_000)).toBe(true);
    } finally {
      clearInterval(drip);
    }
  });

  it('by default closes idle connections and caps them, with documented limits', async () => {
    const server = await serve(undefined);
    expect(server.server.timeout).toBe(DEFAULT_LIMITS.idleTimeoutMs);
    expect(server.server.headersTimeout).toBe(DEFAULT_LIMITS.headersTimeoutMs);
    expect(server.server.requestTimeout).toBe(DEFAULT_LIMITS.requestTimeoutMs);
    expect(server.server.maxConnections).toBe(DEFAULT_LIMITS.maxConnections);
    expect(DEFAULT_LIMITS.idleTimeoutMs).toBeGreaterThan(0);
    expect(DEFAULT_LIMITS.idleTimeoutMs).toBeLessThanOrEqual(60_000);
    expect(DEFAULT_LIMITS.maxConnections).toBeLessThan(10_000);
  });
});

describe('connection cap', () => {
  it('drops connections beyond the cap and serves again once they are gone', async () => {
    const server = await serve({ maxConnections: 5, idleTimeoutMs: 10_000, headersTimeoutMs: 10_000 });
    const held = await connections(server, 8);
    const closed = await Promise.all(held.map((s) => closedWithin(s, 1_500)));
    expect(closed.filter(Boolean).length).toBe(3);
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await get(server.url, '/')).status).toBe(200);
  });
});
