import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser, type Quad } from 'n3';
import { compare, groupBySubject } from '../rdf/blocks.js';
import { DEFAULT_BASE } from '../rdf/namespaces.js';
import { DCT, RDF, SKOS } from '../rdf/terms.js';
import { MATCH_PROPERTIES, type MatchProperty } from '../vocabulary-types.js';
import type { Problem } from './problems.js';

/** A concept as read from `vocab/*.ttl`: plain data, serialisable into the generated module. */
export interface ConceptData {
  code: string;
  prefLabel: Record<string, string>;
  altLabel: Record<string, string[]>;
  definition?: string;
  matches: Partial<Record<MatchProperty, string[]>>;
}

export interface SchemeData {
  /** The IRI segment under `<base>vocab/`, e.g. `country`. */
  id: string;
  file: string;
  title: string;
  description?: string;
  concepts: ConceptData[];
}

/**
 * Reads every SKOS concept scheme in `dir`, checking what the rest of the project relies on:
 * one scheme per file, IRIs under the default base, a notation equal to the IRI's last segment,
 * an English prefLabel, and a `dct:title` (DCAT-AP requires it of every scheme).
 */
export function loadVocabularies(dir: string, root: string): { schemes: SchemeData[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const schemes: SchemeData[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ttl'))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(root, path) || path;
    let quads: Quad[];
    try {
      quads = new Parser({ format: 'text/turtle' }).parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file, message: `invalid Turtle: ${(error as Error).message}` });
      continue;
    }
    const scheme = readScheme(quads, file, problems);
    if (scheme) schemes.push(scheme);
  }
  const seen = new Map<string, string>();
  for (const scheme of schemes) {
    for (const concept of scheme.concepts) {
      // label(code) takes no scheme, so a code must mean one concept across all schemes.
      const other = seen.get(concept.code);
      if (other) problems.push({ file: scheme.file, record: concept.code, field: concept.code, message: `code also used in ${other}` });
      else seen.set(concept.code, scheme.file);
    }
  }
  return { schemes, problems };
}

function readScheme(quads: Quad[], file: string, problems: Problem[]): SchemeData | undefined {
  // Statements by subject IRI (the vocabularies use no blank nodes).
  const bySubject = new Map([...groupBySubject(quads).values()].map((list) => [list[0]!.subject.value, list]));
  const typed = (type: string) =>
    [...bySubject.keys()].filter((s) => bySubject.get(s)!.some((q) => q.predicate.value === RDF.type.value && q.object.value === type));
  const schemeIris = typed(SKOS.ConceptScheme.value);
  if (schemeIris.length !== 1) {
    problems.push({ file, message: `expected exactly one skos:ConceptScheme, found ${schemeIris.length}` });
    return undefined;
  }
  const schemeIri = schemeIris[0]!;
  const prefix = `${DEFAULT_BASE}vocab/`;
  if (!schemeIri.startsWith(prefix) || schemeIri.slice(prefix.length).includes('/')) {
    problems.push({ file, message: `scheme IRI <${schemeIri}> is not of the form <${prefix}{scheme}>` });
    return undefined;
  }
  const id = schemeIri.slice(prefix.length);
  const schemeQuads = bySubject.get(schemeIri)!;
  const title = literal(schemeQuads, DCT.title.value, 'en');
  if (!title) problems.push({ file, field: 'dct:title', message: 'concept scheme has no English dct:title' });

  const concepts = typed(SKOS.Concept.value)
    .sort()
    .flatMap((iri) => readConcept(iri, bySubject.get(iri)!, schemeIri, file, problems) ?? []);
  if (concepts.length === 0) problems.push({ file, message: 'scheme has no concepts' });
  const description = literal(schemeQuads, DCT.description.value, 'en');
  return { id, file, title: title ?? id, ...(description ? { description } : {}), concepts };
}

/** One concept of the scheme `schemeIri`, its problems noted; `undefined` when its IRI is not `<scheme>/<code>`. */
function readConcept(iri: string, q: Quad[], schemeIri: string, file: string, problems: Problem[]): ConceptData | undefined {
  const code = iri.startsWith(`${schemeIri}/`) ? iri.slice(schemeIri.length + 1) : undefined;
  const where = { file, record: code ?? iri };
  if (!code || code.includes('/')) {
    problems.push({ ...where, message: `concept IRI <${iri}> is not of the form <${schemeIri}/{code}>` });
    return undefined;
  }
  const inScheme = q.filter((x) => x.predicate.value === SKOS.inScheme.value).map((x) => x.object.value);
  if (!inScheme.includes(schemeIri)) problems.push({ ...where, field: `${code}.skos:inScheme`, message: `missing skos:inScheme <${schemeIri}>` });
  const notation = q.find((x) => x.predicate.value === SKOS.notation.value)?.object.value;
  if (notation !== code) problems.push({ ...where, field: `${code}.skos:notation`, message: `notation "${notation ?? ''}" differs from the code "${code}"` });
  const { prefLabel, altLabel } = readLabels(q, (lang) =>
    problems.push({ ...where, field: `${code}.skos:prefLabel@${lang}`, message: 'more than one prefLabel in this language' }),
  );
  if (!prefLabel.en) problems.push({ ...where, field: `${code}.skos:prefLabel`, message: 'no English prefLabel' });
  const matches: ConceptData['matches'] = {};
  for (const m of MATCH_PROPERTIES) {
    const targets = q
      .filter((x) => x.predicate.value === SKOS[m].value)
      .map((x) => x.object.value)
      .sort();
    if (targets.length) matches[m] = targets;
  }
  const definition = literal(q, SKOS.definition.value, 'en');
  return { code, prefLabel: sortKeys(prefLabel), altLabel: sortKeys(altLabel), ...(definition ? { definition } : {}), matches };
}

/** A concept's labels by language (untagged counts as English); `duplicate` hears of a second prefLabel in one language. */
function readLabels(q: Quad[], duplicate: (lang: string) => void): Pick<ConceptData, 'prefLabel' | 'altLabel'> {
  const prefLabel: Record<string, string> = {};
  const altLabel: Record<string, string[]> = {};
  for (const x of q) {
    if (x.object.termType !== 'Literal') continue;
    const lang = x.object.language || 'en';
    if (x.predicate.value === SKOS.prefLabel.value) {
      if (prefLabel[lang] !== undefined) duplicate(lang);
      prefLabel[lang] = x.object.value;
    } else if (x.predicate.value === SKOS.altLabel.value) {
      (altLabel[lang] ??= []).push(x.object.value);
    }
  }
  return { prefLabel, altLabel };
}

function literal(quads: Quad[], predicate: string, lang: string): string | undefined {
  return quads.find((q) => q.predicate.value === predicate && q.object.termType === 'Literal' && (q.object.language || 'en') === lang)?.object.value;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
}
