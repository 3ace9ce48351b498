/**
 * A package user builds and serves the linked-data site from the installed package alone: pack, install the
 * tarball into a scratch project (as test/package-installs-and-works-from-esm-cjs-and-typescript.test.ts does),
 * `npx elet site --out <dir>`, then `elet serve --root <dir>` on a free loopback port answers the index and a
 * resource in Turtle. Needs a built dist/.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import { resources } from '../src/package-catalogue.js';
import { packTarball } from '../src/release/package-check.js';
import { ROOT } from './helpers/project.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves with the server's first line of output (its URL) once it is listening. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('\n')) resolve(out);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`elet serve exited (${code}): ${err}`)));
  });
}

describe('the site built and served from the installed package', () => {
  let work: string;
  let scratch: string;
  let server: ChildProcess | undefined;

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    work = mkdtempSync(join(tmpdir(), 'elet-package-site-'));
    const tarball = packTarball(ROOT, work);
    scratch = join(work, 'scratch');
    mkdirSync(scratch);
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: scratch, stdio: 'pipe' });
  });
  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  });

  it('`elet site --out <dir>` then `elet serve --root <dir>` answers the index and a resource as Turtle', async () => {
    const out = join(work, 'site');
    execFileSync('npx', ['--no-install', 'elet', 'site', '--out', out], { cwd: scratch, stdio: 'pipe' });
    for (const file of ['index.html', 'index.ttl', 'sitemap.xml', 'robots.txt', 'dumps/catalogue-dcat.ttl'])
      expect(existsSync(join(out, file)), file).toBe(true);

    const port = await freePort();
    const bin = join(scratch, 'node_modules', '.bin', 'elet');
    server = spawn(bin, ['serve', '--root', out, '--port', String(port), '--host', '127.0.0.1'], { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] });
    await listening(server);
    const url = `http://127.0.0.1:${port}/`;

    const index = await fetch(url);
    expect([index.status, index.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await index.text()).toContain(catalogueInfo.title);

    const slug = resources[0]!.slug;
    const ttl = await fetch(`${url}resource/${slug}`, { headers: { Accept: 'text/turtle' } });
    expect([ttl.status, ttl.headers.get('content-type')]).toEqual([200, 'text/turtle; charset=utf-8']);
    const quads = new Parser({ format: 'text/turtle' }).parse(await ttl.text());
    expect(quads.some((q) => q.subject.value === `${catalogueInfo.baseIri}resource/${slug}`)).toBe(true);

    server.kill('SIGTERM');
    await new Promise((done) => server!.once('exit', done));
  });
});
