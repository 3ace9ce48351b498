/** RDF test helpers: the shared standards, parsers independent of the publisher, and a dump emitted into a temp folder. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Parser, Store } from 'n3';
import oxigraph from 'oxigraph';
import { type WriteDumpsOptions, type WrittenDumps, writeDumps } from '../../src/publish/dumps.js';
import type { Quad } from '../../src/rdf/rdfjs.js';
import { sharedDir } from './project.js';

/** A fixed release date, so tests never depend on the clock or the git checkout. */
export const TEST_RELEASE_DATE = '2026-12-01';

/** A file in `test/fixtures/reference/standards/` . */
export function standard(...parts: string[]): string {
  return join(sharedDir(), 'standards', ...parts);
}

/** Parses Turtle or N-Triples with n3's parser. */
export function parseRdf(text: string, format: 'text/turtle' | 'application/n-triples' = 'text/turtle'): Quad[] {
  return new Parser({ format }).parse(text);
}

/** Parses a Turtle file. */
export function readTurtle(path: string): Quad[] {
  return parseRdf(readFileSync(path, 'utf8'));
}

const rdfXmlCache = new Map<string, Quad[]>();
/** Parses an RDF/XML file (EU authority tables, EDP lists) with oxigraph, as n3 quads. */
export function readRdfXml(path: string): Quad[] {
  let quads = rdfXmlCache.get(path);
  if (!quads) {
    const store = new oxigraph.Store();
    store.load(readFileSync(path, 'utf8'), { format: 'application/rdf+xml', base_iri: 'http://publications.europa.eu/' });
    quads = store.match().map((q) => DataFactory.fromQuad(q as never) as Quad);
    rdfXmlCache.set(path, quads);
  }
  return quads;
}

/** The EU authority tables stored in `test/fixtures/reference/standards/eu-vocabularies/`, as one store. */
export function euTables(): Store {
  const files = [
    'countries-skos.rdf',
    'po-languages-skos.rdf',
    'filetypes-skos.rdf',
    'licences-skos.rdf',
    'access-right-skos.rdf',
    'data-theme-skos.rdf',
    'continents-skos.rdf',
    'po-corporatebodies-skos.rdf',
  ];
  const store = new Store();
  for (const f of files) store.addQuads(readRdfXml(standard('eu-vocabularies', f)));
  return store;
}

/** Dumps emitted once into a fresh temporary folder. */
export interface EmittedInTemp extends WrittenDumps {
  dir: string;
  read(file: string): string;
}

/** Emits the dumps of the package's catalogue (or `options.resources`) into a new temp folder. */
export async function emitToTemp(options: WriteDumpsOptions = {}): Promise<EmittedInTemp> {
  const dir = join(mkdtempSync(join(tmpdir(), 'elet-dumps-')), 'dumps');
  const result = await writeDumps(dir, { modified: TEST_RELEASE_DATE, ...options });
  return { ...result, dir, read: (file) => readFileSync(join(dir, file), 'utf8') };
}

/** A sorted, de-duplicated list of triple keys: equal lists mean equal graphs (for graphs without blank nodes). */
export function tripleKeys(quads: Iterable<Quad>): string[] {
  const keys = new Set<string>();
  for (const q of quads) keys.add(`${term(q.subject)} ${term(q.predicate)} ${term(q.object)}`);
  return [...keys].sort();
}

function term(t: Quad['subject'] | Quad['predicate'] | Quad['object']): string {
  if (t.termType === 'Literal') return JSON.stringify([t.value, t.language, t.language ? '' : t.datatype.value]);
  return `${t.termType}:${t.value}`;
}
