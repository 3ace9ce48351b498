import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import { schemes } from '../src/generated/vocabulary.js';
import { resources } from '../src/package-catalogue.js';
import { conceptIri, resourceIri, schemeIri } from '../src/rdf/iri.js';
import type { Quad } from '../src/rdf/rdfjs.js';
import { startServer } from '../src/server/server.js';
import { buildSite, type SiteReport } from '../src/site/build.js';
import { ROOT } from './helpers/project.js';

const BASE = catalogueInfo.baseIri;
const VOID = 'http://rdfs.org/ns/void#';
const SITE_FOLDER = new URL(catalogueInfo.siteUrl!).pathname;

let dir: string;
let site: string;
let report: SiteReport;
const files: string[] = [];

function walk(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(root, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}
const read = (path: string) => readFileSync(join(site, path), 'utf8');
/** A node's page, or the file itself, for an IRI under the base. */
function resolves(iri: string): boolean {
  const path = iri.slice(BASE.length).split('#')[0]!;
  return path === '' ? existsSync(join(site, 'index.html')) : existsSync(join(site, `${path}.html`)) || files.includes(path);
}
/** Quads as a sorted list of N-Triples lines: a graph comparison for graphs without blank nodes. */
function lines(quads: Quad[]): string[] {
  expect(quads.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual([]);
  return new Writer({ format: 'N-Triples' }).quadsToString(quads).split('\n').filter(Boolean).sort();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'elet-site-'));
  site = join(dir, 'site');
  report = await buildSite({ outDir: site, dumps: true });
  files.push(...walk(site));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the static site', () => {
  it('has a page and three RDF documents for every resource, concept, scheme, the catalogue and the dataset', () => {
    const nodes = [
      ...resources.map((r) => resourceIri(r.slug)),
      ...schemes.flatMap((s) => [schemeIri(s.id), ...s.concepts.map((c) => conceptIri(s.id, c.code))]),
      `${BASE}catalogue`,
      `${BASE}dataset`,
    ];
    for (const iri of nodes) {
      const path = iri.slice(BASE.length);
      for (const ext of ['html', 'ttl', 'jsonld', 'nt', 'rdf']) expect(files, `${path}.${ext}`).toContain(`${path}.${ext}`);
    }
    expect(report.pages).toBe(files.filter((f) => f.endsWith('.html')).length);
    expect(report.files).toBe(files.length);
  });

  it('serves one graph per node in Turtle, N-Triples, JSON-LD and RDF/XML, each read by an independent parser', async () => {
    const documentLoader = (url: string) => Promise.reject(new Error(`no network in tests: ${url}`));
    for (const ttl of files.filter((f) => f.endsWith('.ttl') && !f.startsWith('dumps/'))) {
      const stem = ttl.slice(0, -4);
      const fromTurtle = lines(new Parser({ format: 'text/turtle' }).parse(read(ttl)));
      expect(fromTurtle.length, ttl).toBeGreaterThan(0);
      expect(lines(new Parser({ format: 'N-Triples' }).parse(read(`${stem}.nt`))), `${stem}.nt`).toEqual(fromTurtle);
      const nquads = (await jsonld.toRDF(
        JSON.parse(read(`${stem}.jsonld`)) as object,
        { format: 'application/n-quads', documentLoader, safe: true } as never,
      )) as unknown as string;
      expect(lines(new Parser({ format: 'N-Quads' }).parse(nquads)), `${stem}.jsonld`).toEqual(fromTurtle);
      const fromXml = execFileSync('rapper', ['-q', '-i', 'rdfxml', '-o', 'ntriples', join(site, `${stem}.rdf`), BASE], { encoding: 'utf8' });
      expect(lines(new Parser({ format: 'N-Triples' }).parse(fromXml)), `${stem}.rdf`).toEqual(fromTurtle);
    }
  });

  it('embeds in every node page schema.org JSON-LD about that node', () => {
    for (const page of files.filter((f) => f.endsWith('.html') && files.includes(f.replace(/\.html$/, '.ttl')))) {
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read(page));
      const path = page === 'index.html' ? '' : page.slice(0, -5);
      if (!block) continue; // nodes without schema.org facts (an agent, a checksum) carry none
      const data = JSON.parse(block[1]!) as Record<string, unknown>;
      expect(data['@context'], page).toBe('https://schema.org');
      if (path !== '') expect(data['@id'], page).toBe(BASE + path);
    }
    for (const page of ['catalogue.html', 'dataset.html', `resource/${resources[0]!.slug}.html`, 'vocab/country/ES.html', 'vocab/country.html']) {
      expect(read(page), page).toContain('<script type="application/ld+json">');
    }
  });

  it('has no broken link between its pages', () => {
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      for (const [, target] of read(page).matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        if (target!.startsWith('/')) expect(target!.startsWith(SITE_FOLDER), `${page} → ${target}`).toBe(true);
        // Root-absolute links (the 404 page's) start at the folder the site lives in on its host (siteUrl's path).
        const resolved = target!.startsWith('/') ? target!.slice(SITE_FOLDER.length) : posix.join(posix.dirname(page), target!);
        const file = decodeURI(resolved.split(/[?#]/)[0]!);
        expect(files, `${page} → ${target}`).toContain(file === '' || file === '.' ? 'index.html' : file);
      }
    }
  });

  it('makes every IRI under the base in the full dump resolve to a page or file', () => {
    const quads = new Parser({ format: 'N-Triples' }).parse(read('dumps/catalogue.nt'));
    const iris = new Set(
      quads
        .flatMap((q) => [q.subject, q.object])
        .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(BASE))
        .map((t) => t.value),
    );
    expect(iris.size).toBeGreaterThan(resources.length);
    for (const iri of iris) expect(resolves(iri), iri).toBe(true);
  });

  it('lists every node page in sitemap.xml', () => {
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages = files.filter((f) => f.endsWith('.ttl') && !f.startsWith('dumps/') && f !== 'index.ttl').map((f) => BASE + f.slice(0, -4));
    expect(new Set(locs)).toEqual(new Set([BASE, ...pages]));
  });

  it('gives every sitemap URL the release date as lastmod, and robots.txt names the sitemap by its absolute URL', () => {
    const sitemap = read('sitemap.xml');
    const lastmods = [...sitemap.matchAll(/<url><loc>[^<]+<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)].map((m) => m[1]);
    expect(lastmods.length).toBe([...sitemap.matchAll(/<url>/g)].length);
    expect(new Set(lastmods)).toEqual(new Set([read('.well-known/void').match(/dct:modified "([^"]+)"/)?.[1] ?? catalogueInfo.issued]));
    expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${catalogueInfo.siteUrl!.replace(/[.]/g, '\\.')}sitemap\\.xml$`, 'm'));
  });

  it('gives every node page its IRI as rel="canonical" and a typed rel="alternate" link to each RDF document', () => {
    const nodePages = files.filter((f) => f.endsWith('.html') && files.includes(`${f.slice(0, -5)}.ttl`));
    expect(nodePages.length).toBeGreaterThan(200);
    for (const page of nodePages) {
      const stem = page.slice(0, -5);
      const html = read(page);
      const depth = '../'.repeat(stem.split('/').length - 1);
      expect(html, page).toContain(`<link rel="canonical" href="${encodeURI(BASE + (stem === 'index' ? '' : stem))}">`);
      for (const [ext, type] of [
        ['ttl', 'text/turtle'],
        ['jsonld', 'application/ld+json'],
        ['nt', 'application/n-triples'],
      ]) {
        expect(html, page).toContain(`<link rel="alternate" type="${type}" href="${depth}${encodeURI(stem)}.${ext}">`);
      }
    }
  });

  it("the base IRI's document describes the catalogue and links to the catalogue, dataset, VoID and every dump, in HTML and RDF", () => {
    const quads = new Parser({ format: 'text/turtle', baseIRI: BASE }).parse(read('index.ttl'));
    const dumps = files.filter((f) => f.startsWith('dumps/')).map((f) => BASE + f);
    const linked = quads.filter((q) => q.subject.value === BASE).map((q) => q.object.value);
    expect(linked).toEqual(expect.arrayContaining([`${BASE}catalogue`, `${BASE}dataset`, `${BASE}.well-known/void`, ...dumps]));
    expect(quads.some((q) => q.subject.value === `${BASE}catalogue` && q.object.value === 'http://www.w3.org/ns/dcat#Catalog')).toBe(true);
    const html = read('index.html');
    for (const href of ['catalogue.html', 'dataset.html', '.well-known/void', ...dumps.map((d) => d.slice(BASE.length))]) {
      expect(html, href).toContain(`href="${href}"`);
    }
  });

  it('describes itself in VoID at /.well-known/void, with dumps that are in the site', () => {
    const quads = new Parser({ format: 'text/turtle' }).parse(read('.well-known/void'));
    const values = (p: string) => quads.filter((q) => q.predicate.value === VOID + p).map((q) => q.object.value);
    expect(values('triples')).toEqual([String(read('dumps/catalogue.nt').trimEnd().split('\n').length)]);
    expect(values('dataDump').length).toBe(4);
    for (const dump of values('dataDump')) expect(files).toContain(dump.slice(BASE.length));
    expect(values('uriSpace')).toEqual([BASE]);
    expect(values('vocabulary')).toContain(`${BASE}ns`);
    for (const ext of ['html', 'ttl', 'jsonld', 'nt', 'rdf']) expect(files).toContain(`.well-known/void.${ext}`);
    expect(new Parser({ format: 'text/turtle' }).parse(read('.well-known/void.ttl')).length).toBe(quads.length);
  });

  it('publishes the same dumps as the package build (dist/dumps)', () => {
    const built = join(ROOT, 'dist', 'dumps');
    const names = readdirSync(built).sort();
    expect(names.length).toBeGreaterThan(0);
    expect(
      files
        .filter((f) => f.startsWith('dumps/'))
        .map((f) => f.slice(6))
        .sort(),
    ).toEqual(names);
    for (const name of names) expect(read(`dumps/${name}`), name).toBe(readFileSync(join(built, name), 'utf8'));
  });

  it('answers content negotiation from the built folder', async () => {
    const server = await startServer({ root: site, port: 0 });
    try {
      const slug = resources[0]!.slug;
      const ttl = await fetch(`${server.url}resource/${slug}`, { headers: { Accept: 'text/turtle' } });
      expect([ttl.status, ttl.headers.get('content-type'), await ttl.text()]).toEqual([200, 'text/turtle; charset=utf-8', read(`resource/${slug}.ttl`)]);
      const concept = await fetch(`${server.url}vocab/country/ES`, { headers: { Accept: 'application/ld+json' } });
      expect(await concept.text()).toBe(read('vocab/country/ES.jsonld'));
      const dataset = await fetch(`${server.url}dataset`, { headers: { Accept: 'application/n-triples' } });
      expect(await dataset.text()).toBe(read('dataset.nt'));
    } finally {
      await server.close();
    }
  });
});

describe('building the site', () => {
  const digest = (root: string) => {
    const hash = createHash('sha256');
    for (const f of walk(root).sort())
      hash
        .update(f)
        .update('\0')
        .update(readFileSync(join(root, f)))
        .update('\0');
    return hash.digest('hex');
  };

  it('is deterministic: the same input gives the same bytes', async () => {
    const again = join(dir, 'again');
    await buildSite({ outDir: again, dumps: true });
    expect(digest(again)).toBe(digest(site));
  });

  it('leaves the previous site untouched, and no temporary folder, when it fails', async () => {
    const before = digest(site);
    await expect(
      buildSite({
        outDir: site,
        dumps: true,
        onDumpWritten: () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(digest(site)).toBe(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
