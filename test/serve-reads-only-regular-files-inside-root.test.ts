/**
 * The site is listed at start-up, but files can change under a running server. At read time it opens only
 * regular files whose real path is inside the site folder: a file or folder swapped for a symbolic link
 * to outside is not served, and a FIFO answers at once instead of hanging the request (and every read
 * queued behind it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/server.js';
import { get } from './helpers/http.js';

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>home</title>',
  'resource/alpha.html': '<!doctype html><title>alpha</title>',
  'resource/alpha.ttl': '<https://w3id.org/elet-resources/resource/alpha> a <http://schema.org/Report> .\n',
  'vocab/country/ES.html': '<!doctype html><title>Spain</title>',
  'vocab/country/ES.ttl': '# Spain\n',
  ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`resource/fifo-${i}.html`, `<!doctype html><title>${i}</title>`])),
  ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`resource/plain-${i}.html`, `<!doctype html><title>plain ${i}</title>`])),
};

let dir: string;
let site: string;
let server: RunningServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'elet-swap-'));
  site = join(dir, 'site');
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  // Outside the site: a secret, and a folder shaped like one of the site's.
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET');
  mkdirSync(join(dir, 'outside', 'country'), { recursive: true });
  writeFileSync(join(dir, 'outside', 'country', 'ES.html'), 'TOP-SECRET page');
  writeFileSync(join(dir, 'outside', 'country', 'ES.ttl'), 'TOP-SECRET turtle');
  server = await startServer({ root: site, port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const swapForLink = (path: string, target: string) => {
  rmSync(join(site, path), { recursive: true, force: true });
  symlinkSync(target, join(site, path));
};

describe('files replaced after start-up', () => {
  it('does not serve a file swapped for a link to /etc/passwd or to a file outside the site', async () => {
    expect((await get(server.url, '/resource/alpha.ttl')).status).toBe(200); // read (and cached) once
    swapForLink('resource/alpha.ttl', '/etc/passwd');
    for (const [path, headers] of [
      ['/resource/alpha.ttl', {}],
      ['/resource/alpha', { Accept: 'text/turtle' }],
    ] as const) {
      const res = await get(server.url, path, headers);
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain('root:');
    }
    swapForLink('resource/alpha.html', join(dir, 'secret.txt'));
    const page = await get(server.url, '/resource/alpha');
    expect(page.status).toBe(404);
    expect(page.text).not.toContain('TOP-SECRET');
  });

  it('does not serve files of a folder swapped for a link to outside', async () => {
    expect((await get(server.url, '/vocab/country/ES', { Accept: 'text/turtle' })).status).toBe(200);
    renameSync(join(site, 'vocab', 'country'), join(dir, 'country-moved'));
    symlinkSync(join(dir, 'outside', 'country'), join(site, 'vocab', 'country'));
    for (const [path, headers] of [
      ['/vocab/country/ES', { Accept: 'text/turtle' }],
      ['/vocab/country/ES.html', {}],
      ['/vocab/country/ES', {}],
    ] as const) {
      const res = await get(server.url, path, headers);
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain('TOP-SECRET');
    }
  });

  it('serves a small file rewritten after it was first read as it now is', async () => {
    expect((await get(server.url, '/resource/plain-5.html')).text).toBe(FILES['resource/plain-5.html']);
    writeFileSync(join(site, 'resource', 'plain-5.html'), '<!doctype html><title>rewritten</title>');
    expect((await get(server.url, '/resource/plain-5.html')).text).toBe('<!doctype html><title>rewritten</title>');
  });

  it.runIf(process.platform !== 'win32')('answers at once for FIFOs, and keeps serving other files meanwhile', async () => {
    for (let i = 0; i < 6; i++) {
      unlinkSync(join(site, 'resource', `fifo-${i}.html`));
      expect(spawnSync('mkfifo', [join(site, 'resource', `fifo-${i}.html`)]).status).toBe(0);
    }
    const fifos = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => get(server.url, `/resource/fifo-${i}.html`, {}, 'GET', 3_000)));
    expect(fifos.map((r) => (r.status === 'fulfilled' ? r.value.status : r.reason instanceof Error ? r.reason.message : 'failed'))).toEqual(Array(6).fill(404));
    const plain = await Promise.all(Array.from({ length: 5 }, (_, i) => get(server.url, `/resource/plain-${i}.html`, {}, 'GET', 3_000)));
    expect(plain.map((r) => r.text)).toEqual(Array.from({ length: 5 }, (_, i) => FILES[`resource/plain-${i}.html`]));
  });
});
