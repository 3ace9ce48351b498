import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/server.js';

/** A raw HTTP request: the path is sent exactly as given (fetch would normalise `..` away). */
function get(server: RunningServer, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>home</title>',
  'resource/alpha-project.html': '<!doctype html><title>alpha</title>',
  'resource/alpha-project.ttl': '<https://w3id.org/elet-resources/resource/alpha-project> a <http://schema.org/Report> .\n',
  'resource/alpha-project.jsonld': '{"@id":"https://w3id.org/elet-resources/resource/alpha-project"}',
  'resource/alpha-project.nt': '<https://w3id.org/elet-resources/resource/alpha-project> <http://purl.org/dc/terms/title> "alpha" .\n',
  'resource/beta.html': '<!doctype html><title>beta</title>',
  'dumps/all.ttl': '# dump\n',
  '.well-known/void': '# void\n',
  '.well-known/void.ttl': '# void\n',
  '.well-known/void.html': '<!doctype html><title>void</title>',
  '.well-known/void.jsonld': '{}\n',
  '.well-known/void.nt': '\n',
  '404.html': 'static not found',
};

let dir: string;
let server: RunningServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'elet-serve-'));
  // A secret beside the site folder: no request may reach it.
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET');
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, 'site', path)), { recursive: true });
    writeFileSync(join(dir, 'site', path), content);
  }
  server = await startServer({ root: join(dir, 'site'), port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('content negotiation on a node IRI', () => {
  it.each([
    ['text/turtle', 'text/turtle; charset=utf-8', 'resource/alpha-project.ttl'],
    ['application/ld+json', 'application/ld+json', 'resource/alpha-project.jsonld'],
    ['application/n-triples', 'application/n-triples', 'resource/alpha-project.nt'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html; charset=utf-8', 'resource/alpha-project.html'],
    ['text/turtle;q=0.4, application/ld+json;q=0.8', 'application/ld+json', 'resource/alpha-project.jsonld'],
  ])('Accept %s answers %s', async (accept, type, file) => {
    const res = await get(server, '/resource/alpha-project', { Accept: accept });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers.vary).toBe('Accept');
    expect(res.headers['content-location']).toBe(`/${file}`);
    expect(res.body).toBe(FILES[file]);
    expect(res.headers.link).toContain('</resource/alpha-project.ttl>; rel="alternate"; type="text/turtle"');
  });

  it('answers HTML when the client states no preference', async () => {
    const res = await get(server, '/resource/alpha-project');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toBe(FILES['resource/alpha-project.html']);
  });

  it('answers 406, still varying on Accept, when no document is acceptable', async () => {
    const res = await get(server, '/resource/alpha-project', { Accept: 'image/png' });
    expect(res.status).toBe(406);
    expect(res.headers.vary).toBe('Accept');
    expect(res.body).toContain('href="/resource/alpha-project.ttl"');
    // A node published only as HTML cannot be had as Turtle.
    expect((await get(server, '/resource/beta', { Accept: 'text/turtle' })).status).toBe(406);
  });

  it('negotiates the VoID description at /.well-known/void like every other node', async () => {
    for (const [accept, type, file] of [
      ['text/turtle', 'text/turtle; charset=utf-8', '.well-known/void.ttl'],
      ['application/ld+json', 'application/ld+json', '.well-known/void.jsonld'],
      ['application/n-triples', 'application/n-triples', '.well-known/void.nt'],
      ['text/html', 'text/html; charset=utf-8', '.well-known/void.html'],
    ] as const) {
      const res = await get(server, '/.well-known/void', { Accept: accept });
      expect([res.status, res.headers['content-type'], res.headers['content-location'], res.headers.vary]).toEqual([200, type, `/${file}`, 'Accept']);
    }
  });

  it('serves document files as themselves', async () => {
    const ttl = await get(server, '/resource/alpha-project.ttl', { Accept: 'text/html' });
    expect([ttl.status, ttl.headers['content-type'], ttl.body]).toEqual([200, 'text/turtle; charset=utf-8', FILES['resource/alpha-project.ttl']]);
    expect((await get(server, '/')).body).toBe(FILES['index.html']);
    expect((await get(server, '/dumps/all.ttl?download=1')).body).toBe(FILES['dumps/all.ttl']);
  });

  it('answers HEAD without a body, 405 for other methods, and 304 for a matching ETag', async () => {
    const head = await get(server, '/resource/alpha-project', { Accept: 'text/turtle' }, 'HEAD');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', String(FILES['resource/alpha-project.ttl']!.length)]);
    const post = await get(server, '/resource/alpha-project', {}, 'POST');
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
    const first = await get(server, '/resource/alpha-project', { Accept: 'text/turtle' });
    const again = await get(server, '/resource/alpha-project', { Accept: 'text/turtle', 'If-None-Match': String(first.headers.etag) });
    expect([again.status, again.body, again.headers.vary]).toEqual([304, '', 'Accept']);
  });
});

describe('unknown paths', () => {
  it('answer a 404 page that suggests the nearest slug', async () => {
    const res = await get(server, '/resource/alpha-projet', { Accept: 'text/turtle' });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('No resource has this slug');
    expect(res.body).toContain('href="/resource/alpha-project"');
  });

  it('redirect a trailing slash to the node without it', async () => {
    const res = await get(server, '/resource/alpha-project/');
    expect([res.status, res.headers.location]).toEqual([301, '/resource/alpha-project']);
  });

  it.each([
    '/../secret.txt',
    '/resource/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/resource/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt',
    '/.%2e/secret.txt',
    '/resource/%00/../../secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '//secret.txt',
    `/${'..%2f'.repeat(8)}etc/passwd`,
  ])('%s never leaves the site folder', async (path) => {
    const res = await get(server, path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('TOP-SECRET');
    expect(res.body).not.toContain('root:');
  });
});
