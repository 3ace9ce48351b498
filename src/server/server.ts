import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NODE_FORMATS, type NodeFormat } from '../site/formats.js';
import { html } from '../site/html.js';
import type { Chrome } from '../site/layout.js';
import { chromeFor } from '../site/model.js';
import { errorPage, type Suggestion } from '../site/pages/error.js';
import { FileStore } from './file-store.js';
import { applySocketLimits, limitsFrom, parserLimits, type ServerLimits } from './limits.js';
import { href, NearbyNodes } from './nearby.js';
import { negotiate } from './negotiate.js';
import { hasOneHost, targetPath } from './request-target.js';
import { sendFile } from './send-file.js';
import { indexSite, type SiteFiles, sitePath } from './site-files.js';

export { DEFAULT_LIMITS, type ServerLimits } from './limits.js';

/** Sent with every answer: no MIME sniffing, and no page of the site inside another's frame (clickjacking). */
const ALWAYS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
};

/** Every media type a node document answers to, with the format it selects; the server's preference first. */
function offersFor(docs: ReadonlyMap<NodeFormat, string>): Map<string, NodeFormat> {
  const offers = new Map<string, NodeFormat>();
  for (const f of NODE_FORMATS) if (docs.has(f.ext)) offers.set(f.mediaType, f.ext);
  for (const f of NODE_FORMATS) if (docs.has(f.ext)) for (const alias of f.aliases) offers.set(alias, f.ext);
  return offers;
}

/** `Link` header naming every document of a node, so clients can discover the other formats. */
function linkHeader(docs: ReadonlyMap<NodeFormat, string>): string {
  return NODE_FORMATS.filter((f) => docs.has(f.ext))
    .map((f) => `<${href(docs.get(f.ext)!)}>; rel="alternate"; type="${f.mediaType}"`)
    .join(', ');
}

export interface SiteHandlerOptions {
  /** Page frame for error pages (default: the package's catalogue). */
  chrome?: Chrome;
  /** Answers some requests before the site does (e.g. `/sparql`); returns false for the others. */
  route?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/** Sends a whole body (none for HEAD) with its length. */
function sendBody(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** What an error page says: status, title, one message, extra headers and suggested paths. */
interface ErrorAnswer {
  status: number;
  title: string;
  message: string;
  extra?: Record<string, string> | undefined;
  suggestions?: Suggestion[] | undefined;
}

/** Answers with the site's error page, never cached. */
function sendError(chrome: Chrome, req: IncomingMessage, res: ServerResponse, answer: ErrorAnswer): void {
  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...answer.extra };
  sendBody(req, res, answer.status, headers, errorPage(chrome, answer.title, html`<p>${answer.message}</p>`, answer.suggestions ?? []));
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
  const store = new FileStore(site.root);
  const nearby = new NearbyNodes(site.nodes.keys());

  const fail = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    title: string,
    message: string,
    extra?: Record<string, string>,
    suggestions?: Suggestion[],
  ) => sendError(chrome, req, res, { status, title, message, extra, suggestions });

  const serveFile = async (req: IncomingMessage, res: ServerResponse, path: string, headers: Record<string, string>) => {
    const file = await store.get(path);
    if (!file) return fail(req, res, 404, 'Not found', 'This file is no longer in the site; it may have been rebuilt.');
    return sendFile(req, res, path, file, headers);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(ALWAYS)) res.setHeader(name, value);
    if (!hasOneHost(req.rawHeaders)) return fail(req, res, 400, 'Bad request', 'A request must have exactly one Host header.');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return fail(req, res, 405, 'Method not allowed', 'This server only answers GET and HEAD requests.', { Allow: 'GET, HEAD' });
    }
    const target = targetPath(req.url ?? '/');
    const path = target === undefined ? undefined : sitePath(target);
    if (path === undefined) return fail(req, res, 400, 'Bad request', 'The request path is not valid.');
    if (site.files.has(path)) return serveFile(req, res, path, {});
    const docs = site.nodes.get(path);
    if (!docs && path.endsWith('/') && site.nodes.has(path.slice(0, -1))) {
      // `/vocab/country/` means `/vocab/country`: point there rather than answer 404.
      res.writeHead(301, { Location: href(path.slice(0, -1)), 'Content-Length': '0' });
      return res.end();
    }
    if (!docs) {
      const suggestions = nearby.near(path);
      const what = path.startsWith('resource/') ? 'No resource has this slug.' : 'Nothing is published at this address.';
      return fail(req, res, 404, 'Not found', `${what}${suggestions.length ? ' Did you mean one of these?' : ''}`, {}, suggestions);
    }
    const offers = offersFor(docs);
    const chosen = negotiate(req.headers.accept, [...offers.keys()]);
    const vary = { Vary: 'Accept', Link: linkHeader(docs) };
    if (!chosen) {
      const available = NODE_FORMATS.filter((f) => docs.has(f.ext)).map((f) => ({ href: href(docs.get(f.ext)!), text: `${f.label} (${f.mediaType})` }));
      return fail(
        req,
        res,
        406,
        'Not acceptable',
        `This resource is available only in the formats below, none of which the request accepts (Accept: ${req.headers.accept ?? ''}).`,
        vary,
        available,
      );
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
  /** Timeouts and connection cap, each defaulting to {@link DEFAULT_LIMITS}. */
  limits?: Partial<ServerLimits> | undefined;
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
  const limits = limitsFrom(options.limits);
  const server = createServer(parserLimits(limits), createSiteHandler(site, options));
  applySocketLimits(server, limits);
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
