/**
 * A plain static file server standing in for GitHub Pages (a project site under a sub-path): files by their
 * extension, no content negotiation, no `x` → `x.html` guessing, `index.html` for folders, `404.html` with
 * status 404 for anything missing. Its media-type table is its own, not the project's, as a real host's is.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** Media types by extension, as GitHub Pages answers them; anything else (or no extension) is a byte stream. */
export const STATIC_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  nt: 'application/n-triples; charset=utf-8',
  rdf: 'application/rdf+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

/** The `Content-Type` the static host gives a file, by the extension of its name. */
function contentTypeOf(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path.split('/').at(-1)!)?.[1]?.toLowerCase();
  return (ext && STATIC_TYPES[ext]) || 'application/octet-stream';
}

/** The media type (without parameters) the static host gives a path. */
export function staticTypeOf(path: string): string {
  return contentTypeOf(path).split(';')[0]!;
}

export interface StaticHost {
  /** The site's URL, sub-path included: `http://127.0.0.1:<port>/elet-resources/`. */
  url: string;
  close(): Promise<void>;
}

/** The request path as segments under `prefix`, each decoded once; `undefined` outside it or when it climbs out. */
function segmentsOf(requestUrl: string, prefix: string): string[] | undefined {
  const path = requestUrl.split(/[?#]/, 1)[0]!;
  if (!path.startsWith(prefix)) return undefined;
  try {
    const segments = path.slice(prefix.length).split('/').map(decodeURIComponent);
    return segments.some((s) => s === '..' || s === '.' || /[\\\0]/.test(s)) ? undefined : segments;
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean | 'dir'> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : s.isFile();
  } catch {
    return false;
  }
}

/** Serves `root` under `prefix` (starts and ends with `/`) on 127.0.0.1, on a free port. */
export async function startStaticHost(root: string, prefix = '/elet-resources/'): Promise<StaticHost> {
  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(body.length), ...extra });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const notFound = async (req: IncomingMessage, res: ServerResponse) => {
    const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    send(req, res, 404, STATIC_TYPES.html!, page);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(req, res, 405, 'text/plain', Buffer.from('Method not allowed'));
    if (`${req.url}/` === prefix) return send(req, res, 301, 'text/html', Buffer.from(''), { Location: prefix }); // the site without its slash
    const segments = segmentsOf(req.url ?? '/', prefix);
    if (!segments) return notFound(req, res);
    const path = join(root, ...segments);
    const kind = await isFile(path);
    if (kind === 'dir') {
      // Pages answers a folder without its slash with a redirect to it, and a folder with its index.html.
      if (segments.at(-1) !== '') return send(req, res, 301, 'text/html', Buffer.from(''), { Location: `${req.url!.split('?')[0]}/` });
      if ((await isFile(join(path, 'index.html'))) !== true) return notFound(req, res);
      return send(req, res, 200, STATIC_TYPES.html!, await readFile(join(path, 'index.html')));
    }
    if (kind !== true) return notFound(req, res);
    send(req, res, 200, contentTypeOf(segments.at(-1)!), await readFile(path));
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(req, res, 500, 'text/plain', Buffer.from('Server error'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
