/**
 * `catalogue.rdf` holds the same graph as `catalogue.ttl`, read back by an independent RDF/XML parser
 * (raptor's `rapper`, with no warning), is described as a DCAT distribution with the EU file type RDF_XML and its IANA
 * media type, and states its own byte size.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EmittedInTemp, emitToTemp, parseRdf, tripleKeys } from './helpers/rdf.js';

let dumps: EmittedInTemp;
beforeAll(async () => {
  dumps = await emitToTemp();
});

/** The RDF/XML file as N-Triples, parsed by rapper (raptor2), not by the library that wrote it. */
function rapperTriples(path: string): string {
  const result = spawnSync('rapper', ['-i', 'rdfxml', '-o', 'ntriples', path, 'http://example.invalid/'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(result.status).toBe(0);
  expect(result.stderr.split('\n').filter((l) => /warning|error/i.test(l))).toEqual([]);
  return result.stdout;
}

describe('catalogue.rdf', () => {
  it('is the same graph as catalogue.ttl, as read by rapper', () => {
    const fromXml = tripleKeys(parseRdf(rapperTriples(join(dumps.dir, 'catalogue.rdf')), 'application/n-triples'));
    const fromTurtle = tripleKeys(parseRdf(dumps.read('catalogue.ttl')));
    expect(fromXml.length).toBe(dumps.triples['catalogue.ttl']);
    expect(fromXml).toEqual(fromTurtle);
    expect(dumps.triples['catalogue.rdf']).toBe(dumps.triples['catalogue.ttl']);
  });

  it('is a distribution with the EU RDF_XML file type, the IANA media type and its true byte size', () => {
    const ttl = dumps.read('catalogue.ttl');
    const size = statSync(join(dumps.dir, 'catalogue.rdf')).size;
    const quads = parseRdf(ttl);
    const distribution = quads.find((q) => q.predicate.value === 'http://www.w3.org/ns/dcat#downloadURL' && q.object.value.endsWith('/catalogue.rdf'))?.subject;
    expect(distribution).toBeDefined();
    const about = (p: string) => quads.filter((q) => q.subject.equals(distribution!) && q.predicate.value === p).map((q) => q.object.value);
    expect(about('http://purl.org/dc/terms/format')).toEqual(['http://publications.europa.eu/resource/authority/file-type/RDF_XML']);
    expect(about('http://www.w3.org/ns/dcat#mediaType')).toEqual(['http://www.iana.org/assignments/media-types/application/rdf+xml']);
    expect(about('http://www.w3.org/ns/dcat#byteSize')).toEqual([String(size)]);
  });

  it('is written the same twice (oxigraph output is deterministic for the same graph)', async () => {
    const again = await emitToTemp();
    expect(again.read('catalogue.rdf')).toBe(dumps.read('catalogue.rdf'));
  });
});
