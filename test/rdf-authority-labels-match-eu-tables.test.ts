/**
 * Every EU authority concept the dumps use exists, undeprecated, in the stored EU table, and the label
 * and scheme the dumps give it are the table's own (the bundled subset and the project vocabularies
 * copy them; this keeps the copies honest). Labels are compared in every language the dump states, with
 * one documented difference: the tables' Latin look-alike letters inside Cyrillic or Greek words
 * ('Иcпaния' with Latin c and a) are fixed in our copies, so the tables' labels are compared after the
 * same fix ({@link fixLookAlikes}); any other difference still fails.
 */

import { DataFactory, Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHORITY_BASE, AUTHORITY_TABLE_TITLES } from '../src/rdf/authority.js';
import type { Quad } from '../src/rdf/rdfjs.js';
import { emitToTemp, euTables, parseRdf } from './helpers/rdf.js';
import { fixLookAlikes } from './helpers/scripts.js';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const DEPRECATED = 'http://publications.europa.eu/ontology/authority/deprecated';
/** Tables with no stored copy (no copy in test/fixtures/reference/standards/eu-vocabularies/): their codes cannot be checked offline. */
const NOT_STORED = new Set(['frequency', 'planned-availability']);

const tableOf = (iri: string) => iri.slice(AUTHORITY_BASE.length).split('/')[0]!;

/** Differences between what the dump says of authority IRIs and what the EU tables say. */
function mismatches(dump: readonly Quad[], tables: Store): string[] {
  const problems: string[] = [];
  const said = new Store(dump as Quad[]);
  const subjects = new Set(dump.map((q) => q.subject.value).filter((s) => s.startsWith(AUTHORITY_BASE)));
  for (const iri of [...subjects].sort()) {
    const table = tableOf(iri);
    if (NOT_STORED.has(table)) continue;
    const isScheme = !iri.slice(AUTHORITY_BASE.length).includes('/');
    const official = tables
      .getObjects(iri, `${SKOS}prefLabel`, null)
      .filter((o) => o.termType === 'Literal' && o.language === 'en')
      .map((o) => o.value);
    const ours = said.getObjects(iri, `${SKOS}prefLabel`, null).map((o) => o.value);
    if (isScheme) {
      if (official.length && JSON.stringify(ours) !== JSON.stringify(official))
        problems.push(`${iri}: title ${JSON.stringify(ours)} ≠ ${JSON.stringify(official)}`);
      continue;
    }
    if (tables.getQuads(iri, `${SKOS}inScheme`, `${AUTHORITY_BASE}${table}`, null).length === 0) problems.push(`${iri}: not in the ${table} table`);
    if (tables.getObjects(iri, DEPRECATED, null).some((o) => o.value === 'true')) problems.push(`${iri}: deprecated`);
    if (JSON.stringify(ours) !== JSON.stringify(official)) problems.push(`${iri}: label ${JSON.stringify(ours)} ≠ ${JSON.stringify(official)}`);
    // The project concepts that are this EU concept copy its labels in every language they state.
    for (const concept of said.getSubjects(`${SKOS}exactMatch`, iri, null)) {
      for (const [lang, label] of labelsByLanguage(said, concept.value)) {
        if (lang === 'en') continue;
        const theirs = labelsByLanguage(tables, iri).get(lang);
        if (theirs === undefined || fixLookAlikes(theirs) !== label)
          problems.push(`${concept.value} = ${iri}: ${lang} label ${JSON.stringify(label)} ≠ ${JSON.stringify(theirs)}`);
      }
    }
  }
  return problems;
}

/** The prefLabel of a subject in each language (the first one, in store order). */
function labelsByLanguage(store: Store, iri: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of store.getObjects(iri, `${SKOS}prefLabel`, null))
    if (o.termType === 'Literal' && o.language && !out.has(o.language)) out.set(o.language, o.value);
  return out;
}

let dump: Quad[];
let tables: Store;
beforeAll(async () => {
  dump = parseRdf((await emitToTemp()).read('catalogue.ttl'));
  tables = euTables();
});

describe('EU authority concepts', () => {
  it('exist in their tables, are not deprecated, carry the tables’ English labels, and the project concepts matching them carry the tables’ labels in every language (look-alikes fixed)', () => {
    expect(mismatches(dump, tables)).toEqual([]);
  });

  it('every table used has a title', () => {
    const used = new Set(
      dump.filter((q) => q.predicate.value === `${SKOS}inScheme` && q.object.value.startsWith(AUTHORITY_BASE)).map((q) => tableOf(q.object.value)),
    );
    for (const table of used) expect(AUTHORITY_TABLE_TITLES[table], table).toBeDefined();
  });

  it('a changed label or a made-up code is caught (the check can fail)', () => {
    const { quad, namedNode, literal } = DataFactory;
    const changed = dump.map((q) =>
      q.predicate.value === `${SKOS}prefLabel` && q.subject.value.endsWith('/licence/CC_BY_4_0') ? quad(q.subject, q.predicate, literal('CC-BY', 'en')) : q,
    );
    changed.push(quad(namedNode(`${AUTHORITY_BASE}file-type/MADE_UP`), namedNode(`${SKOS}prefLabel`), literal('Made up', 'en')));
    const spain = changed.findIndex(
      (q) =>
        q.predicate.value === `${SKOS}prefLabel` &&
        q.subject.value.endsWith('/vocab/country/ES') &&
        q.object.termType === 'Literal' &&
        q.object.language === 'bg',
    );
    changed[spain] = quad(changed[spain]!.subject, changed[spain]!.predicate, literal('Испаниа', 'bg'));
    const problems = mismatches(changed, tables);
    expect(problems.some((p) => p.includes('/vocab/country/ES = ') && p.includes('ESP: bg label'))).toBe(true);
    expect(problems.some((p) => p.includes('CC_BY_4_0'))).toBe(true);
    expect(problems.some((p) => p.includes('MADE_UP: not in the file-type table'))).toBe(true);
  });
});
