/**
 * The static site on a host without content negotiation (GitHub Pages, a project site under a sub-path):
 * every link of every page must reach a file by its name, and the index, the 404 page and the dumps must
 * work under the sub-path. The w3id redirects point at these files, so they must stand on their own.
 */
import { existsSync, readdirSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import { ROOT } from './helpers/project.js';
import { type StaticHost, startStaticHost, staticTypeOf } from './helpers/static-host.js';

const SITE = join(ROOT, 'dist', 'site');
const FOLDER = new URL(catalogueInfo.siteUrl!).pathname; // the Pages project's sub-path: `/elet-resources/`

interface Answer {
  status: number;
  type: string;
  location?: string;
  body: string;
}
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
function get(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: String(res.headers['content-type'] ?? '').split(';')[0]!, location: res.headers.location, body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
/** Every `href` and `src` of a page, as written (entities decoded). */
function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e]!));
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** The links of `html` shown at `pageUrl` that stay on the host, resolved (fragment dropped), each with the link as written. */
function sameHostLinks(html: string, pageUrl: string): Array<{ href: string; url: URL }> {
  return linksOf(html)
    .map((href) => ({ href, url: new URL(href, pageUrl) }))
    .filter(({ url }) => url.origin === new URL(pageUrl).origin)
    .map(({ href, url }) => {
      url.hash = '';
      return { href, url };
    });
}

/** What is wrong with each link (none: every one answers 200 within the site, with its extension's media type). */
async function brokenLinks(links: ReadonlyArray<{ from: string; href: string; url: URL }>, siteUrl: string): Promise<string[]> {
  const answers = new Map<string, Promise<Answer>>();
  const problems: string[] = [];
  for (const { from, href, url } of links) {
    if (!url.href.startsWith(siteUrl)) {
      problems.push(`${from}: "${href}" leaves the site's sub-path (${url.pathname})`);
      continue;
    }
    if (!answers.has(url.href)) answers.set(url.href, get(url.href));
    const answer = await answers.get(url.href)!;
    const path = decodeURIComponent(url.pathname.slice(new URL(siteUrl).pathname.length));
    const folder = path === '' || path.endsWith('/');
    if (answer.status !== 200) problems.push(`${from}: "${href}" answers ${answer.status}`);
    else if (!folder && answer.type !== staticTypeOf(path)) problems.push(`${from}: "${href}" is ${answer.type}`);
  }
  return problems;
}

let host: StaticHost;
const pages: string[] = [];
beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error('dist/site is missing: run `npm run build` first');
  pages.push(...walk(SITE).filter((f) => f.endsWith('.html')));
  host = await startStaticHost(SITE, FOLDER);
});
afterAll(async () => {
  agent.destroy();
  await host?.close();
});

describe(`the static site under a sub-path (${FOLDER}), on a host without content negotiation`, () => {
  it('every link of every page reaches a file by its name; .ttl, .jsonld and .nt links answer in their format', async () => {
    const links = [];
    for (const page of pages.filter((p) => p !== '404.html')) {
      const url = host.url + encodeURI(page);
      const answer = await get(url);
      expect(answer.status, page).toBe(200);
      links.push(...sameHostLinks(answer.body, url).map((l) => ({ from: page, ...l })));
    }
    const rdf = links.filter((l) => /\.(?:ttl|jsonld|nt)$/.test(l.url.pathname));
    expect(rdf.length).toBeGreaterThan(3 * 200); // every node page offers its three RDF documents
    expect(await brokenLinks(links, host.url)).toEqual([]);
    console.log(`static site under ${FOLDER}: ${pages.length} pages, ${links.length} links (${rdf.length} to .ttl/.jsonld/.nt), all resolve by name`);
  });

  it('the index answers at the sub-path, and the sub-path without its slash is sent there', async () => {
    const index = await get(host.url);
    expect([index.status, index.type]).toEqual([200, 'text/html']);
    expect(index.body).toContain(catalogueInfo.baseIri);
    const bare = await get(host.url.slice(0, -1));
    expect([bare.status, bare.location]).toEqual([301, FOLDER]);
  });

  it('every dump answers under the sub-path with its media type', async () => {
    const dumps = walk(join(SITE, 'dumps'));
    expect(dumps.length).toBeGreaterThanOrEqual(6);
    for (const file of dumps) {
      const answer = await get(`${host.url}dumps/${file}`);
      expect([file, answer.status, answer.type]).toEqual([file, 200, staticTypeOf(file)]);
      expect(answer.type).not.toBe('application/octet-stream');
    }
  });

  it("a missing path answers 404 with the site's 404 page", async () => {
    const answer = await get(`${host.url}resource/no-such-slug`);
    expect([answer.status, answer.type]).toEqual([404, 'text/html']);
    expect(answer.body).toContain('Nothing is published at this address.');
  });

  // The host shows 404.html at any depth, so its links are root-absolute under the site's folder (siteUrl's path).
  it('the 404 page, shown at any missing path, links within the sub-path', async () => {
    const at = `${host.url}resource/no-such-slug/deeper`;
    const answer = await get(at);
    expect(answer.status).toBe(404);
    const links = sameHostLinks(answer.body, at).map((l) => ({ from: '404.html', ...l }));
    expect(links.length).toBeGreaterThan(0);
    expect(await brokenLinks(links, host.url)).toEqual([]);
  });
});
