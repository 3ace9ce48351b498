/**
 * `elet serve --sparql`: a read-only SPARQL 1.1 Protocol endpoint at `/sparql` over the site's full dump
 * (the catalogue, its DCAT description and the vocabularies), answered by oxigraph in a worker thread.
 *
 * - `GET /sparql?query=…`, `POST` with `application/sparql-query` or a form with `query=`;
 * - SELECT/ASK as SPARQL JSON, XML, CSV or TSV, CONSTRUCT/DESCRIBE as Turtle, JSON-LD, N-Triples or
 *   RDF/XML, by `Accept` (or a `format` parameter, as the form sends);
 * - updates refused: 405 for the update protocol (`application/sparql-update`, `update=`), 400 for an update sent as a query;
 * - a time limit (503, the worker is stopped) and a result limit (422);
 * - CORS for every answer, with preflight; an HTML form for `GET /sparql` without a query from a browser.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Chrome } from '../site/layout.js';
import { chromeFor } from '../site/model.js';
import { negotiate } from './negotiate.js';
import { sparqlFormPage } from './sparql-page.js';
import { queryForm, RESULT_TYPES, resultKind } from './sparql-query.js';
import { SparqlRunner } from './sparql-runner.js';

/** Where the endpoint is served. */
export const SPARQL_PATH = '/sparql';
/** The site's dump that holds the whole graph, loaded into the store. */
const FULL_DUMP = { file: join('dumps', 'catalogue.nt'), mediaType: 'application/n-triples' };
/** Largest request body read (a query, form-encoded or not). */
const MAX_BODY_BYTES = 256 * 1024;

export interface SparqlOptions {
  /** The built site folder, whose full dump is loaded. */
  root: string;
  /** Longest a query may run, in milliseconds (default 10 s). */
  timeoutMs?: number;
  /** Largest number of solutions or triples returned (default 10 000). */
  maxResults?: number;
  chrome?: Chrome;
}

/** A running endpoint: `handle` answers requests for `/sparql` and returns false for any other path. */
export interface SparqlEndpoint {
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
  'Access-Control-Max-Age': '86400',
};

/** Loads the store (in its worker) and returns the endpoint. */
export async function startSparql(options: SparqlOptions): Promise<SparqlEndpoint> {
  const limits = { timeoutMs: options.timeoutMs ?? 10_000, maxResults: options.maxResults ?? 10_000 };
  const runner = new SparqlRunner({ sources: [{ path: join(options.root, FULL_DUMP.file), mediaType: FULL_DUMP.mediaType }], ...limits });
  await runner.start();
  const chrome = options.chrome ?? chromeFor();
  const formPage = sparqlFormPage(chrome, SPARQL_PATH, limits);

  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    const bytes = Buffer.from(body);
    res.writeHead(status, {
      ...CORS,
      'Content-Type': type,
      'Content-Length': String(bytes.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
  const fail = (req: IncomingMessage, res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}) =>
    send(req, res, status, 'text/plain; charset=utf-8', `${message}\n`, extra);

  const answer = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      return res.end();
    }
    const request = await readRequest(req, url);
    if ('status' in request) return fail(req, res, request.status, request.message, request.headers);
    if (request.query === undefined) {
      if (negotiate(req.headers.accept, ['text/html', 'application/sparql-results+json']) === 'text/html')
        return send(req, res, 200, 'text/html; charset=utf-8', formPage, { Vary: 'Accept' });
      return fail(req, res, 400, 'No query: send one as the `query` parameter (SPARQL 1.1 Protocol).');
    }
    const form = queryForm(request.query);
    if (form === 'update') return fail(req, res, 400, 'This endpoint is read-only: updates are not accepted.');
    const offers = RESULT_TYPES[resultKind(form ?? 'SELECT')];
    const chosen = negotiate(
      request.format ?? req.headers.accept,
      offers.map(([offered]) => offered),
    );
    if (!chosen) return fail(req, res, 406, `None of the result formats is acceptable: ${offers.map(([offered]) => offered).join(', ')}.`, { Vary: 'Accept' });
    const written = offers.find(([offered]) => offered === chosen)![1];
    const outcome = await runner.run(request.query, written);
    if (!outcome.ok) return fail(req, res, outcome.status, outcome.message);
    const type = written.startsWith('text/') ? `${written}; charset=utf-8` : written;
    send(req, res, 200, type, outcome.body, { Vary: 'Accept' });
  };

  return {
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== SPARQL_PATH) return false;
      answer(req, res, url).catch(() => {
        if (!res.headersSent) fail(req, res, 500, 'The server failed to answer this request.');
        else res.destroy();
      });
      return true;
    },
    close: () => runner.close(),
  };
}

type ReadRequest = { query?: string; format?: string } | { status: number; message: string; headers?: Record<string, string> };

/** The query (and optional `format`) of a protocol request, or why it is refused. */
async function readRequest(req: IncomingMessage, url: URL): Promise<ReadRequest> {
  const format = url.searchParams.get('format') ?? undefined;
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (url.searchParams.has('update'))
      return { status: 405, message: 'This endpoint is read-only: the SPARQL update protocol is not served.', headers: { Allow: 'GET, HEAD, POST, OPTIONS' } };
    return { query: url.searchParams.get('query') ?? undefined, format };
  }
  if (req.method !== 'POST')
    return { status: 405, message: 'The SPARQL endpoint answers GET, POST and OPTIONS.', headers: { Allow: 'GET, HEAD, POST, OPTIONS' } };
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const body = await readBody(req);
  if (body === undefined) return { status: 413, message: `The request body is larger than ${MAX_BODY_BYTES} bytes.` };
  if (type === 'application/sparql-update')
    return { status: 405, message: 'This endpoint is read-only: the SPARQL update protocol is not served.', headers: { Allow: 'GET, HEAD, POST, OPTIONS' } };
  if (type === 'application/sparql-query') return { query: body, format };
  if (type === 'application/x-www-form-urlencoded') {
    const params = new URLSearchParams(body);
    if (params.has('update'))
      return { status: 405, message: 'This endpoint is read-only: the SPARQL update protocol is not served.', headers: { Allow: 'GET, HEAD, POST, OPTIONS' } };
    return { query: params.get('query') ?? '', format: params.get('format') ?? format };
  }
  return { status: 415, message: 'POST a query as application/sparql-query or application/x-www-form-urlencoded.' };
}

/** The request body as text, `undefined` past the size limit. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
