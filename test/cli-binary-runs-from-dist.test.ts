/** The built `elet` binary (dist/cli.js, the package's `bin`), run as users run it. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { resourceIri } from '../src/rdf/iri.js';
import { buildSite } from '../src/site/build.js';
import { list, ROOT, rawRecords } from './helpers/project.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const elet = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
const inSpain = rawRecords().filter((r) => list(r, 'countries').includes('ES'));
const tmp = mkdtempSync(join(tmpdir(), 'elet-bin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dist/cli.js', () => {
  it('reports the package version and refuses bad usage with exit code 2', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(elet('--version').stdout.trim()).toBe(version);
    const bad = elet('list', '--country', 'XX');
    expect([bad.status, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toContain('unknown country code "XX"');
    expect(elet('frobnicate').status).toBe(2);
    expect(elet().status).toBe(2); // no command: usage on stderr
  });

  it('exports a filtered subset as Turtle, N-Triples and JSON-LD holding exactly those resources', () => {
    const expected = inSpain.map((r) => resourceIri(r.slug)).sort();
    const described = (text: string, format: string) =>
      [
        ...new Set(
          new Parser({ format })
            .parse(text)
            .map((q) => q.subject.value)
            .filter((s) => /\/resource\/[^/]+$/.test(s)),
        ),
      ].sort();
    const ttl = elet('export', '--format', 'ttl', '--country', 'ES');
    expect(ttl.status).toBe(0);
    expect(described(ttl.stdout, 'text/turtle')).toEqual(expected);
    expect(described(elet('export', '--format', 'nt', '--country', 'ES').stdout, 'N-Triples')).toEqual(expected);
    const doc = JSON.parse(elet('export', '--format', 'jsonld', '--country', 'ES').stdout) as { '@graph': { '@id': string }[] };
    expect(doc['@graph'].map((n) => n['@id']).filter((id) => /^res:[^/]+$/.test(id)).length).toBe(expected.length);
  });

  it('stops quietly, with exit code 141 as SIGPIPE gives, when its reader closes the pipe early', () => {
    // Issue 14: exiting 0 hid that the output was cut short.
    const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" export --format nt | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([141, '']);
  });

  it('serves a site on loopback until stopped', async () => {
    await buildSite({ outDir: join(tmp, 'site') });
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--root', join(tmp, 'site')], { cwd: ROOT });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited early with ${code}: ${out}`)));
    });
    const slug = inSpain[0]!.slug;
    const res = await fetch(`${url}resource/${slug}`, { headers: { Accept: 'application/n-triples' } });
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/n-triples']);
    expect(await res.text()).toBe(readFileSync(join(tmp, 'site', 'resource', `${slug}.nt`), 'utf8'));
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('serve --sparql answers SPARQL at /sparql from the bundled CLI (oxigraph loaded in its worker), until stopped', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--sparql', '--port', '0', '--root', join(ROOT, 'dist', 'site')], { cwd: ROOT });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /SPARQL at (http:\/\/127\.0\.0\.1:\d+\/sparql)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited early with ${code}: ${out}`)));
    });
    const res = await fetch(`${url}?query=${encodeURIComponent('ASK { ?s a <http://www.w3.org/ns/dcat#Catalog> }')}`, {
      headers: { Accept: 'application/sparql-results+json' },
    });
    expect(await res.json()).toEqual({ head: {}, boolean: true });
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('refuses to serve a folder that holds no site', () => {
    const res = elet('serve', '--root', tmp, '--port', '0');
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('no built site');
  });
});
