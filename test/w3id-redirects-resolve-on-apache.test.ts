/**
 * The w3id redirects, proven on the real thing: Debian's Apache httpd 2.4 runs the generated `.htaccess` with
 * mod_rewrite and `AllowOverride All` (as w3id.org does) in front of a plain static host standing in for
 * GitHub Pages under a sub-path. Every IRI of the dumps, asked for with each Accept value, must end, hop by hop,
 * at a 200 whose body parses in the expected format and describes that IRI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { w3idFile } from '../src/cli/commands/w3id.js';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import { negotiate } from '../src/server/negotiate.js';
import { type RunningApache, startApache } from './helpers/apache.js';
import { ROOT } from './helpers/project.js';
import { type StaticHost, startStaticHost, staticTypeOf } from './helpers/static-host.js';

const BASE = catalogueInfo.baseIri;
const FOLDER = new URL(BASE).pathname; // `/elet-resources/`: the folder on w3id.org
const SUB_PATH = new URL(catalogueInfo.siteUrl!).pathname; // `/elet-resources/`: the Pages project's sub-path
const SITE = join(ROOT, 'dist', 'site');
const DUMPS = join(ROOT, 'dist', 'dumps');
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** Each Accept value asked with, and the document it must end at (the test's own expectation, not the generator's). */
const ACCEPTS: ReadonlyArray<{ name: string; accept?: string; ext: 'ttl' | 'jsonld' | 'nt' | 'rdf' | 'html' }> = [
  { name: 'Turtle', accept: 'text/turtle', ext: 'ttl' },
  { name: 'JSON-LD', accept: 'application/ld+json', ext: 'jsonld' },
  { name: 'N-Triples', accept: 'application/n-triples', ext: 'nt' },
  { name: 'RDF/XML', accept: 'application/rdf+xml', ext: 'rdf' },
  { name: 'HTML', accept: 'text/html', ext: 'html' },
  { name: '*/*', accept: '*/*', ext: 'html' },
  { name: 'a browser', accept: BROWSER, ext: 'html' },
  { name: 'none', accept: undefined, ext: 'html' },
];
const MEDIA_TYPES = { ttl: 'text/turtle', jsonld: 'application/ld+json', nt: 'application/n-triples', rdf: 'application/rdf+xml', html: 'text/html' } as const;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One GET, exactly as asked: node:http rather than fetch, which always sends `Accept: *\/*` when none is given
 * and so could not ask without an Accept header. Redirects are not followed: the test checks every hop.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
function get(url: string, accept?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: accept === undefined ? {} : { Accept: accept } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs `task` over `items`, `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

const noNetwork = (url: string) => Promise.reject(new Error(`no network in tests: ${url}`));

/** An RDF/XML document as N-Triples, parsed by raptor's rapper. */
function rdfXmlToNTriples(body: string, base: string): string {
  return execFileSync('rapper', ['-q', '-i', 'rdfxml', '-o', 'ntriples', '-', base], { input: body, encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** The subjects of an RDF document, parsed with n3 (Turtle, N-Triples), rapper (RDF/XML) or jsonld.js offline in safe mode. */
async function subjectsOf(body: string, ext: 'ttl' | 'nt' | 'jsonld' | 'rdf', url: string): Promise<Set<string>> {
  let quads: Quad[];
  if (ext === 'rdf') quads = new Parser({ format: 'application/n-triples' }).parse(rdfXmlToNTriples(body, url));
  else if (ext === 'jsonld') {
    const nquads = (await jsonld.toRDF(
      JSON.parse(body) as object,
      { format: 'application/n-quads', safe: true, documentLoader: noNetwork } as jsonld.Options.ToRdf,
    )) as unknown as string;
    quads = new Parser({ format: 'application/n-quads' }).parse(nquads);
  } else quads = new Parser({ format: ext === 'ttl' ? 'text/turtle' : 'application/n-triples', baseIRI: url }).parse(body);
  return new Set(quads.map((q) => q.subject.value));
}

/** What a final document says about the IRIs it describes, parsed once per URL (the same file answers every time). */
const parsed = new Map<string, Promise<Set<string> | string>>();
function described(url: string, body: string, ext: 'ttl' | 'jsonld' | 'nt' | 'rdf' | 'html'): Promise<Set<string> | string> {
  let result = parsed.get(url);
  if (!result) parsed.set(url, (result = ext === 'html' ? Promise.resolve(body) : subjectsOf(body, ext, url)));
  return result;
}

const mediaType = (answer: Answer) =>
  String(answer.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
const varies = (answer: Answer) =>
  String(answer.headers.vary ?? '')
    .split(',')
    .some((v) => v.trim().toLowerCase() === 'accept');

let site: StaticHost;
let apache: RunningApache;
const iris: string[] = [];
const failures: string[] = [];
let checks = 0;

beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html')) || !existsSync(join(DUMPS, 'catalogue.ttl'))) {
    throw new Error('dist/site or dist/dumps is missing: run `npm run build` first');
  }
  const terms = new Set<string>([BASE]);
  for (const q of new Parser({ format: 'text/turtle' }).parse(readFileSync(join(DUMPS, 'catalogue.ttl'), 'utf8'))) {
    for (const term of [q.subject, q.object]) if (term.termType === 'NamedNode' && term.value.startsWith(BASE)) terms.add(term.value);
  }
  iris.push(...[...terms].sort());
  site = await startStaticHost(SITE, SUB_PATH);
  apache = await startApache({ files: { [`${FOLDER.slice(1)}.htaccess`]: w3idFile(site.url) } });
});
afterAll(async () => {
  agent.destroy();
  await apache?.close();
  await site?.close();
  console.log(`w3id redirects on Apache: ${iris.length} IRIs × ${ACCEPTS.length} Accept values = ${checks} checks, ${failures.length} failures`);
});

/** Follows one IRI asked for with one Accept value; returns what went wrong, or nothing. */
async function check(iri: string, { accept, ext }: (typeof ACCEPTS)[number]): Promise<string | undefined> {
  const path = iri.slice(BASE.length);
  const doc = path.split('#')[0]!; // a fragment never reaches the server: `ns#term` is answered by `ns`
  const first = await get(`${apache.url}${FOLDER.slice(1)}${doc}`, accept);
  // Downloads, and documents named with their extension (a record's own page, `resource/<slug>.html`, is its
  // schema:url), are files: passed through to the same path, whatever the Accept.
  const file = doc.startsWith('dumps/') || /\.(?:html|ttl|jsonld|nt|rdf)$/.test(doc);
  const expected = file ? `${site.url}${doc}` : `${site.url}${doc || 'index'}.${ext}`;
  if (first.status !== (file ? 302 : 303)) return `first answer ${first.status}, not ${file ? 302 : 303}`;
  if (first.headers.location !== expected) return `redirected to ${first.headers.location}, not ${expected}`;
  if (!file && !varies(first)) return `303 without Vary: Accept (Vary: ${first.headers.vary})`;
  const end = await get(expected, accept);
  if (end.status !== 200) return `${expected} answered ${end.status}`;
  const type = file ? staticTypeOf(doc) : MEDIA_TYPES[ext];
  if (mediaType(end) !== type) return `${expected} is ${mediaType(end)}, not ${type}`;
  if (file) return undefined; // a download is its own document: checked by format in the DCAT test below
  const says = await described(expected, end.body, ext);
  const docIri = BASE + doc;
  // A page names its IRI whole (in an attribute, its JSON-LD or its text), not as the start of a longer one.
  const named = (html: string, name: string) => html.includes(`${name}"`) || html.includes(`${name}<`);
  const ok = typeof says === 'string' ? named(says, iri) || named(says, docIri) : says.has(iri) || says.has(docIri);
  return ok ? undefined : `${expected} does not describe ${iri}`;
}

describe('every IRI of the dumps resolves through w3id (Apache + .htaccess) to the static site', () => {
  it('answers each Accept value with a 303 (Vary: Accept) to a document that parses and describes the IRI', async () => {
    expect(iris.length).toBeGreaterThan(200);
    const cases = iris.flatMap((iri) => ACCEPTS.map((a) => ({ iri, a })));
    await pool(cases, 8, async ({ iri, a }) => {
      checks++;
      const problem = await check(iri, a).catch((error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`);
      if (problem) failures.push(`${iri} (Accept: ${a.name}): ${problem}`);
    });
    expect(checks).toBe(iris.length * ACCEPTS.length);
    expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([]);
    expect(apache.errorLog()).not.toMatch(/\[(?:core|rewrite):(?:error|alert|crit)\]/);
  });

  it('every kind of node the site publishes is among the IRIs checked', () => {
    const kinds = new Set(iris.map((iri) => iri.slice(BASE.length).split(/[/#]/)[0]));
    for (const kind of ['', 'resource', 'vocab', 'catalogue', 'dataset', 'distribution', 'ns', 'dumps']) expect(kinds).toContain(kind);
    expect(iris.some((iri) => iri.includes('#'))).toBe(true);
  });
});

/** Follows redirects from Apache to the end, returning every hop. */
async function follow(url: string, accept?: string): Promise<Answer[]> {
  const hops = [await get(url, accept)];
  while (hops.length < 5 && [301, 302, 303, 307, 308].includes(hops.at(-1)!.status))
    hops.push(await get(new URL(String(hops.at(-1)!.headers.location), url).href, accept));
  return hops;
}
const viaW3id = (path: string) => `${apache.url}${FOLDER.slice(1)}${path}`;

describe('downloads and files pass straight through', () => {
  it('every dump the DCAT description lists answers 200 with its declared media type, and parses', async () => {
    const DCAT = 'http://www.w3.org/ns/dcat#';
    const quads = new Parser({ format: 'text/turtle' }).parse(readFileSync(join(DUMPS, 'catalogue-dcat.ttl'), 'utf8'));
    const declared = new Map(
      quads
        .filter((q) => q.predicate.value === `${DCAT}mediaType`)
        .map((q) => [q.subject.value, q.object.value.replace('http://www.iana.org/assignments/media-types/', '')]),
    );
    const urls = quads
      .filter((q) => q.predicate.value === `${DCAT}downloadURL` || q.predicate.value === `${DCAT}accessURL`)
      .map((q) => ({ url: q.object.value, type: declared.get(q.subject.value) }));
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const { url, type } of urls) {
      expect(url.startsWith(`${BASE}dumps/`), url).toBe(true);
      const hops = await follow(viaW3id(url.slice(BASE.length)));
      expect(
        hops.map((h) => h.status),
        url,
      ).toEqual([302, 200]);
      expect(hops[0]!.headers.location).toBe(site.url + url.slice(BASE.length));
      expect(mediaType(hops[1]!), url).toBe(type);
      const body = hops[1]!.body;
      if (type === 'text/turtle' || type === 'application/n-triples') expect(new Parser({ format: type }).parse(body).length).toBeGreaterThan(100);
      else if (type === 'application/ld+json' || type === 'application/json') expect(() => JSON.parse(body)).not.toThrow();
      else if (type === 'application/rdf+xml')
        expect(new Parser({ format: 'application/n-triples' }).parse(rdfXmlToNTriples(body, url)).length).toBeGreaterThan(100);
      else expect(body.split('\r\n').length).toBeGreaterThan(2);
    }
  });

  it('the VoID description at .well-known/void answers 200 and parses as Turtle (served by Pages as a byte stream)', async () => {
    const hops = await follow(viaW3id('.well-known/void'), 'text/turtle');
    expect(hops.map((h) => h.status)).toEqual([302, 200]);
    // No extension, so a static host cannot type it: GitHub Pages says application/octet-stream.
    expect(mediaType(hops[1]!)).toBe('application/octet-stream');
    const subjects = new Set(new Parser({ format: 'text/turtle' }).parse(hops[1]!.body).map((q) => q.subject.value));
    expect(subjects).toContain(`${BASE}.well-known/void`);
  });

  it('a document asked for by name (resource/<slug>.ttl, index.html) is passed through as it is', async () => {
    const samples = ['index', 'resource/drop-educaction', 'vocab/country/ES', 'ns', 'distribution/csv/checksum'];
    for (const path of samples) {
      for (const ext of ['html', 'ttl', 'jsonld', 'nt'] as const) {
        const hops = await follow(viaW3id(`${path}.${ext}`), 'text/html');
        expect(
          hops.map((h) => h.status),
          `${path}.${ext}`,
        ).toEqual([302, 200]);
        expect(mediaType(hops[1]!)).toBe(MEDIA_TYPES[ext]);
      }
    }
  });

  it('paths that are no IRI of the project get no redirect', async () => {
    for (const path of ['nothing-here', 'resource/x.exe', 'dumps/', 'style.css']) {
      expect((await get(viaW3id(path), 'text/turtle')).status, path).toBe(404);
    }
  });
});

describe('content negotiation in rewrite rules', () => {
  const OFFERS = ['text/html', 'text/turtle', 'application/ld+json', 'application/n-triples', 'application/rdf+xml'];
  const extOf = (type: string) => (Object.entries(MEDIA_TYPES).find(([, t]) => t === type)?.[0] ?? 'html') as keyof typeof MEDIA_TYPES;
  const chosen = async (accept: string) =>
    String((await get(viaW3id('resource/drop-educaction'), accept)).headers.location)
      .split('.')
      .at(-1);

  it.each([
    ['text/turtle;q=0.5, application/ld+json'],
    ['text/html;q=0.9, text/turtle'],
    ['text/turtle, text/html'],
    ['text/turtle;q=0, text/html;q=0.1'],
    ['application/rdf+xml, text/turtle;q=0.9, */*;q=0.1'],
    ['text/turtle;q=1.0,application/x-turtle;q=1.0,application/rdf+xml;q=0.5,application/n-triples;q=0.4,text/html;q=0.5'],
    ['application/n-triples, application/ld+json;q=0.9'],
    ['TEXT/Turtle'],
  ])("Accept: %s picks what the project's own server picks", async (accept) => {
    expect(await chosen(accept)).toBe(extOf(negotiate(accept, OFFERS)!));
  });

  it("answers HTML when nothing offered is acceptable (the project's server would answer 406)", async () => {
    expect(negotiate('image/png', OFFERS)).toBeUndefined();
    expect(await chosen('image/png')).toBe('html');
  });

  it("weighs no q-values below 1 (a documented limit): the site's order decides among them", async () => {
    expect(negotiate('text/turtle;q=0.5, application/ld+json;q=0.8', OFFERS)).toBe('application/ld+json');
    expect(await chosen('text/turtle;q=0.5, application/ld+json;q=0.8')).toBe('ttl');
  });

  it('without mod_headers the same redirects are made, but mod_rewrite itself adds no Vary to them', async () => {
    const bare = await startApache({
      files: { [`${FOLDER.slice(1)}.htaccess`]: w3idFile(site.url) },
      modules: ['mpm_event', 'authz_core', 'rewrite', 'alias', 'mime', 'dir'],
    });
    try {
      for (const { accept } of ACCEPTS) {
        const [withHeaders, without] = [
          await get(viaW3id('resource/drop-educaction'), accept),
          await get(`${bare.url}${FOLDER.slice(1)}resource/drop-educaction`, accept),
        ];
        expect([without.status, without.headers.location]).toEqual([303, withHeaders.headers.location]);
        expect(varies(withHeaders)).toBe(true);
        expect(without.headers.vary).toBeUndefined();
      }
    } finally {
      await bare.close();
    }
  });
});
