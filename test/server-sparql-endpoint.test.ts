/**
 * `elet serve --sparql`: the read-only SPARQL 1.1 Protocol endpoint at /sparql, over the dumps, on a
 * loopback server started and stopped here.
 */
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemeOfField } from '../src/code-fields.js';
import { facets } from '../src/query.js';
import { type RunningServer, startServer } from '../src/server/server.js';
import { type SparqlEndpoint, startSparql } from '../src/server/sparql.js';
import { countsQuery, nonZero } from './helpers/facet-counts-query.js';
import { emitToTemp } from './helpers/rdf.js';

const TIME_LIMIT_MS = 2_000;
let server: RunningServer;
let sparql: SparqlEndpoint;

beforeAll(async () => {
  const dumps = await emitToTemp();
  sparql = await startSparql({ root: dirname(dumps.dir), timeoutMs: TIME_LIMIT_MS, maxResults: 1_000 });
  server = await startServer({ root: dirname(dumps.dir), port: 0, route: sparql.handle });
});
afterAll(async () => {
  await server?.close();
  await sparql?.close();
});

const get = (query: string, accept = 'application/sparql-results+json') =>
  fetch(`${server.url}sparql?query=${encodeURIComponent(query)}`, { headers: { accept } });

async function counts(query: string): Promise<Record<string, number>> {
  const response = await get(query);
  expect(response.status).toBe(200);
  const json = (await response.json()) as { results: { bindings: { code: { value: string }; n: { value: string } }[] } };
  return Object.fromEntries(json.results.bindings.map((b) => [b.code.value, Number(b.n.value)]));
}

describe('SPARQL endpoint', () => {
  it('counts resources per country, beneficiary and type exactly as facets() does', async () => {
    const expected = facets();
    expect(await counts(countsQuery('http://purl.org/dc/terms/spatial', schemeOfField('countries').id))).toEqual(nonZero(expected.country));
    expect(await counts(countsQuery('http://purl.org/dc/terms/audience', schemeOfField('beneficiaries').id))).toEqual(nonZero(expected.beneficiary));
    expect(await counts(countsQuery('http://purl.org/dc/terms/type', schemeOfField('type').id))).toEqual(nonZero(expected.type));
  });

  it('answers POSTed queries, as application/sparql-query and as a form', async () => {
    const ask = 'ASK { ?s ?p ?o }';
    const direct = await fetch(`${server.url}sparql`, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' },
      body: ask,
    });
    expect(await direct.json()).toEqual({ head: {}, boolean: true });
    const form = await fetch(`${server.url}sparql`, {
      method: 'POST',
      body: new URLSearchParams({ query: ask }),
      headers: { accept: 'application/sparql-results+json' },
    });
    expect(await form.json()).toEqual({ head: {}, boolean: true });
  });

  it('refuses updates: 400 for an update as a query, 405 for the update protocol', async () => {
    const update = 'PREFIX ex: <http://example.org/> INSERT DATA { ex:a ex:b ex:c }';
    expect((await get(update)).status).toBe(400);
    const viaProtocol = await fetch(`${server.url}sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: update });
    expect(viaProtocol.status).toBe(405);
    const viaForm = await fetch(`${server.url}sparql`, { method: 'POST', body: new URLSearchParams({ update }) });
    expect(viaForm.status).toBe(405);
    expect(await (await get('ASK { <http://example.org/a> ?p ?o }')).json()).toEqual({ head: {}, boolean: false });
  });

  it('stops a runaway query at the time limit with 503, and answers the next query', async () => {
    const started = Date.now();
    const runaway = await get('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }');
    const elapsed = Date.now() - started;
    expect(runaway.status).toBe(503);
    expect(await runaway.text()).toMatch(/longer than the 2 s/);
    expect(elapsed).toBeGreaterThanOrEqual(TIME_LIMIT_MS);
    expect(elapsed).toBeLessThan(TIME_LIMIT_MS + 10_000);
    expect((await get('ASK { ?s ?p ?o }')).status).toBe(200);
  });

  it('refuses results past the result limit', async () => {
    const response = await get('SELECT * WHERE { ?s ?p ?o }');
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/add a LIMIT/);
  });

  it('writes results in the format the Accept header asks for', async () => {
    const select = 'SELECT ?s WHERE { ?s a <http://www.w3.org/ns/dcat#Catalog> }';
    const csv = await get(select, 'text/csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).split('\r\n')[0]).toBe('s');
    const tsv = await get(select, 'text/tab-separated-values');
    expect((await tsv.text()).split('\n')[0]).toBe('?s');
    const xml = await get(select, 'application/sparql-results+xml');
    expect(await xml.text()).toContain('<sparql xmlns="http://www.w3.org/2005/sparql-results#">');
    const construct = 'CONSTRUCT WHERE { ?s a <http://www.w3.org/ns/dcat#Catalog> }';
    const turtle = await get(construct, 'text/turtle');
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(await turtle.text()).toContain('<http://www.w3.org/ns/dcat#Catalog>');
    const jsonld = await get(construct, 'application/ld+json');
    expect(jsonld.headers.get('content-type')).toBe('application/ld+json');
    expect(JSON.stringify(await jsonld.json())).toContain('http://www.w3.org/ns/dcat#Catalog');
    expect((await get(select, 'text/turtle')).status).toBe(406);
  });

  it('allows cross-origin use, with preflight', async () => {
    const preflight = await fetch(`${server.url}sparql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect((await get('ASK { ?s ?p ?o }')).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('shows people a query form at /sparql', async () => {
    const response = await fetch(`${server.url}sparql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<form method="get" action="/sparql">');
    expect(page).toContain('name="query"');
    expect(page).toContain('form-action &#39;self&#39;'); // the site's pages forbid forms: this one may submit to itself
    const noQuery = await fetch(`${server.url}sparql`, { headers: { accept: 'application/sparql-results+json' } });
    expect(noQuery.status).toBe(400);
  });
});
