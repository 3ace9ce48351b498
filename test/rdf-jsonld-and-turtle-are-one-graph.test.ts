/**
 * The JSON-LD, Turtle and N-Triples dumps are the same graph: each is parsed by an independent parser
 * (jsonld.js offline, with safe mode so no term is silently dropped; n3), canonicalised with RDFC-1.0
 * (rdf-canonize) and compared.
 */
import jsonld from 'jsonld';
import { Writer } from 'n3';
import * as canonize from 'rdf-canonize';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Quad } from '../src/rdf/rdfjs.js';
import { type EmittedInTemp, emitToTemp, parseRdf } from './helpers/rdf.js';

/** No network: every remote document is refused (the dump's context is inline, so none is needed). */
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`offline: refusing to load ${url}`);
};

async function canonicalFromJsonLd(text: string): Promise<string> {
  const nquads = (await jsonld.toRDF(JSON.parse(text), {
    format: 'application/n-quads',
    safe: true,
    documentLoader: offlineLoader,
  } as jsonld.Options.ToRdf)) as unknown as string;
  return canonize.canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads' });
}

function canonicalFromQuads(quads: Quad[]): Promise<string> {
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString(quads);
  return canonize.canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads' });
}

let dumps: EmittedInTemp;
let turtle: string;
beforeAll(async () => {
  dumps = await emitToTemp();
  turtle = await canonicalFromQuads(parseRdf(dumps.read('catalogue.ttl')));
});

describe('one graph in three syntaxes', () => {
  it('JSON-LD (parsed offline by jsonld.js in safe mode) canonicalises to the same graph as Turtle', async () => {
    const fromJsonLd = await canonicalFromJsonLd(dumps.read('catalogue.jsonld'));
    expect(fromJsonLd.split('\n').length).toBe(turtle.split('\n').length);
    expect(fromJsonLd).toBe(turtle);
  });

  it('N-Triples canonicalises to the same graph as Turtle', async () => {
    expect(await canonicalFromQuads(parseRdf(dumps.read('catalogue.nt'), 'application/n-triples'))).toBe(turtle);
  });

  it('the comparison notices a one-literal difference (the check can fail)', async () => {
    const doc = JSON.parse(dumps.read('catalogue.jsonld')) as { '@graph': Record<string, unknown>[] };
    const node = doc['@graph'].find((n) => typeof n['dct:identifier'] === 'string')!;
    node['dct:identifier'] = `${String(node['dct:identifier'])}-changed`;
    expect(await canonicalFromJsonLd(JSON.stringify(doc))).not.toBe(turtle);
  });

  it('safe mode rejects a term the context does not define (nothing is dropped silently)', async () => {
    const doc = JSON.parse(dumps.read('catalogue.jsonld')) as { '@graph': Record<string, unknown>[] };
    doc['@graph'][0]!.madeUpTerm = 'x';
    await expect(canonicalFromJsonLd(JSON.stringify(doc))).rejects.toThrow();
  });
});
