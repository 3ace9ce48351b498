import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { suggest } from '../suggest.js';
import { contentTypeOf, NODE_FORMATS, type NodeFormat } from '../site/formats.js';
import { html } from '../site/html.js';
import type { Chrome } from '../site/layout.js';
import { chromeFor } from '../site/model.js';
import { errorPage, type Suggestion } from '../site/pages/error.js';
import { negotiate } from './negotiate.js';
import { indexSite, sitePath, type SiteFiles } from './site-files.js';


/** Files up to this size are kept in memory after the first request; the site changes only by a rebuild. */
const CACHE_BUDGET_BYTES = 64 * 1024 * 1024;

interface Loaded {
  body: Buffer;
  etag: string;
}

/** Reads site files, keeping small ones in memory within a fixed budget. */
class FileCache {
  readonly #entries = new Map<string, Loaded>();
  #bytes = 0;
  constructor(readonly root: string) {}

  async get(path: string): Promise<Loaded> {
    const hit = this.#entries.get(path);
    if (hit) return hit;
    const body = await readFile(join(this.root, ...path.split('/')));
    const loaded = { body, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
    if (this.#bytes + body.length <= CACHE_BUDGET_BYTES) {
      this.#entries.set(path, loaded);
      this.#bytes += body.length;
    }
    return loaded;
  }
}

/** Every media type a node document answers to, with the format it selects; the server's preference first. */
function offersFor(docs: ReadonlyMap<NodeFormat, string>): Map<string, NodeFormat> {
  const offers = new Map<string, NodeFormat>();
  for (const f of NODE_FORMATS) if (docs.has(f.ext)) offers.set(f.mediaType, f.ext);
  for (const f of NODE_FORMATS) if (docs.has(f.ext)) for (const alias of f.aliases) offers.set(alias, f.ext);
  return offers;
}

const href = (path: string) => `/${encodeURI(path)}`;

/** `Link` header naming every document of a node, so clients can discover the other formats. */
function linkHeader(docs: ReadonlyMap<NodeFormat, string>): string {
  return NODE_FORMATS.filter((f) => docs.has(f.ext))
    .map((f) => `<${href(docs.get(f.ext)!)}>; rel="alternate"; type="${f.mediaType}"`)
    .join(', ');
}

/** Nodes near a path that was not found: same folder, similar last segment. */
function nearby(site: SiteFiles, path: string): Suggestion[] {
  const dot = path.lastIndexOf('.');
  const bare = dot > path.lastIndexOf('/') && NODE_FORMATS.some((f) => f.ext === path.slice(dot + 1)) ? path.slice(0, dot) : path;
  const cut = bare.lastIndexOf('/');
  const folder = bare.slice(0, cut + 1);
  const names = [...site.nodes.keys()].filter((n) => n.startsWith(folder) && !n.slice(folder.length).includes('/') && n !== '');
  const close = suggest(bare.slice(cut + 1), names.map((n) => ({ value: n.slice(folder.length) })));
  return close.map((name) => ({ href: href(folder + name), text: `/${folder}${name}` }));
}

export interface SiteHandlerOptions {
  /** Page frame for error pages (default: the package's catalogue). */
  chrome?: Chrome;
  /** Answers some requests before the site does (e.g. `/sparql`); returns false for the others. */
  route?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/**
 * The request handler over a built site folder:
 * - a node IRI's path (`/resource/x`) answers the document the `Accept` header prefers: HTML for browsers,
 *   Turtle, JSON-LD or N-Triples for RDF clients; directly (200, with `Content-Location` naming the document),
 *   with `Vary: Accept`, and 406 listing the available documents when none is acceptable;
 * - any file of the site (`/resource/x.ttl`, `/dumps/…`, `/sitemap.xml`) answers as itself;
 * - anything else is a 404 page suggesting similar paths.
 */
export function createSiteHandler(site: SiteFiles, options: SiteHandlerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const chrome = options.chrome ?? chromeFor();
  const cache = new FileCache(site.root);

  const send = (req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length), 'X-Content-Type-Options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
  const fail = (req: IncomingMessage, res: ServerResponse, status: number, title: string, message: string, extra: Record<string, string> = {}, suggestions: Suggestion[] = []) =>
    send(req, res, status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...extra }, errorPage(chrome, title, html`<p>${message}</p>`, suggestions));

  const serveFile = async (req: IncomingMessage, res: ServerResponse, path: string, headers: Record<string, string>) => {
    let file: Loaded;
    try {
      file = await cache.get(path);
    } catch {
      return fail(req, res, 404, 'Not found', 'This file is no longer in the site; it may have been rebuilt.');
    }
    const common = { ...headers, ETag: file.etag, 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' };
    if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === file.etag)) {
      res.writeHead(304, common);
      return res.end();
    }
    send(req, res, 200, { ...common, 'Content-Type': contentTypeOf(path) }, file.body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return fail(req, res, 405, 'Method not allowed', 'This server only answers GET and HEAD requests.', { Allow: 'GET, HEAD' });
    }
    const path = sitePath((req.url ?? '/').split(/[?#]/, 1)[0]!);
    if (path === undefined) return fail(req, res, 400, 'Bad request', 'The request path is not valid.');
    if (site.files.has(path)) return serveFile(req, res, path, {});
    const docs = site.nodes.get(path);
    if (!docs && path.endsWith('/') && site.nodes.has(path.slice(0, -1))) {
      // `/vocab/country/` means `/vocab/country`: point there rather than answer 404.
      res.writeHead(301, { Location: href(path.slice(0, -1)), 'Content-Length': '0' });
      return res.end();
    }
    if (!docs) {
      const suggestions = nearby(site, path);
      const what = path.startsWith('resource/') ? 'No resource has this slug.' : 'Nothing is published at this address.';
      return fail(req, res, 404, 'Not found', `${what}${suggestions.length ? ' Did you mean one of these?' : ''}`, {}, suggestions);
    }
    const offers = offersFor(docs);
    const chosen = negotiate(req.headers.accept, [...offers.keys()]);
    const vary = { Vary: 'Accept', Link: linkHeader(docs) };
    if (!chosen) {
      const available = NODE_FORMATS.filter((f) => docs.has(f.ext)).map((f) => ({ href: href(docs.get(f.ext)!), text: `${f.label} (${f.mediaType})` }));
      return fail(req, res, 406, 'Not acceptable', `This resource is available only in the formats below, none of which the request accepts (Accept: ${req.headers.accept ?? ''}).`, vary, available);
    }
    const file = docs.get(offers.get(chosen)!)!;
    return serveFile(req, res, file, { ...vary, 'Content-Location': href(file) });
  };

  return (req, res) => {
    if (options.route?.(req, res)) return;
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) fail(req, res, 500, 'Server error', 'The server failed to answer this request.');
      else res.destroy(error as Error);
    });
  };
}

export interface ServeOptions extends SiteHandlerOptions {
  /** The built site folder (`dist/site`). */
  root: string;
  /** Interface to listen on; loopback unless asked otherwise. */
  host?: string;
  /** Port; 0 picks a free one. */
  port?: number;
}

/** A running site server. */
export interface RunningServer {
  server: Server;
  /** Base URL, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves a built site folder with content negotiation (see {@link createSiteHandler}). */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const site = indexSite(options.root);
  const server = createServer(createSiteHandler(site, options));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
