/** HTTP/1.1 rules the server must keep (RFC 9112 §3.2, §3.2.2) and the headers that stop it being framed. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/server.js';
import { get, rawRequest } from './helpers/http.js';

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>home</title>',
  'resource/alpha.html': '<!doctype html><title>alpha</title>',
  'resource/alpha.ttl': '<https://w3id.org/elet-resources/resource/alpha> a <http://schema.org/Report> .\n',
};

let dir: string;
let server: RunningServer;
let authority: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'elet-http-'));
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET');
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, 'site', path)), { recursive: true });
    writeFileSync(join(dir, 'site', path), content);
  }
  server = await startServer({ root: join(dir, 'site'), port: 0 });
  authority = new URL(server.url).host;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('request targets (RFC 9112 §3.2)', () => {
  it('accepts the absolute form for a valid page, as a server MUST (§3.2.2)', async () => {
    const res = await rawRequest(
      server.url,
      `GET http://${authority}/resource/alpha HTTP/1.1\r\nHost: ${authority}\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n`,
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe(FILES['resource/alpha.ttl']);
    const home = await rawRequest(server.url, `GET HTTP://${authority} HTTP/1.1\r\nHost: ${authority}\r\nConnection: close\r\n\r\n`);
    expect([home.status, home.text]).toEqual([200, FILES['index.html']]);
  });

  it('keeps absolute-form targets inside the site folder too', async () => {
    for (const target of [`http://${authority}/../secret.txt`, `http://${authority}/%2e%2e/secret.txt`, `http://${authority}/..%2fsecret.txt`]) {
      const res = await rawRequest(server.url, `GET ${target} HTTP/1.1\r\nHost: ${authority}\r\nConnection: close\r\n\r\n`);
      expect([400, 404]).toContain(res.status);
      expect(res.text).not.toContain('TOP-SECRET');
    }
    const other = await rawRequest(server.url, `GET ftp://${authority}/index.html HTTP/1.1\r\nHost: ${authority}\r\nConnection: close\r\n\r\n`);
    expect(other.status).toBe(400);
  });

  it('answers 400 to a request with two Host header lines, as a server MUST (§3.2)', async () => {
    const res = await rawRequest(server.url, `GET /resource/alpha HTTP/1.1\r\nHost: ${authority}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`);
    expect(res.status).toBe(400);
    const one = await rawRequest(server.url, `GET /resource/alpha HTTP/1.1\r\nHost: ${authority}\r\nConnection: close\r\n\r\n`);
    expect(one.status).toBe(200);
  });
});

describe('framing', () => {
  it('forbids every page, file and error from being framed', async () => {
    const first = await get(server.url, '/resource/alpha.ttl');
    const answers = [
      await get(server.url, '/'),
      first,
      await get(server.url, '/resource/alpha'),
      await get(server.url, '/resource/nothing-here'),
      await get(server.url, '/resource/alpha.ttl', { 'If-None-Match': String(first.headers.etag) }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 404, 304]);
    for (const res of answers) {
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['content-security-policy']).toBe("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
