/**
 * Which terms each vocabulary defines, read from the definition files in `test/fixtures/reference/standards/`, so a
 * test can check that every class and property the dumps use exists (a typo or a made-up term fails).
 */
import { NS } from '../../src/rdf/namespaces.js';
import { readTurtle, standard } from './rdf.js';

const RDF_TYPE = `${NS.rdf}type`;

/** Namespaces with a definition file in `test/fixtures/reference/standards/`. */
const FILES: Record<string, string[]> = {
  [NS.schema]: ['schemaorg', 'schemaorg-current-http.ttl'],
  [NS.dct]: ['vocab', 'dublin_core_terms.ttl'],
  [NS.dcmitype]: ['vocab', 'dublin_core_type.ttl'],
  [NS.dcat]: ['vocab', 'dcat3.ttl'],
  [NS.skos]: ['vocab', 'skos.ttl'],
  [NS.foaf]: ['vocab', 'foaf.ttl'],
  [NS.vcard]: ['vocab', 'vcard.ttl'],
};

/**
 * W3C core terms (RDF, RDFS, OWL): no definition file is among the shared standards, and the
 * dumps use only these few.
 */
const CORE = new Set([
  `${NS.rdf}type`,
  `${NS.rdf}langString`,
  `${NS.rdfs}label`,
  `${NS.rdfs}comment`,
  `${NS.rdfs}range`,
  `${NS.rdfs}isDefinedBy`,
  `${NS.owl}Ontology`,
  `${NS.owl}ObjectProperty`,
  `${NS.owl}DatatypeProperty`,
]);

/** DCAT-AP's own terms (and SPDX's, which it profiles) as the DCAT-AP 3.0.1 shapes use them. */
const PROFILE_NAMESPACES = [NS.dcatap, NS.spdx];

export interface Vocabularies {
  /** Namespaces whose terms are checked. */
  namespaces: string[];
  /** Every defined term of those namespaces. */
  defined: Set<string>;
  /** schema.org: superclasses (reflexive, transitive) of each class. */
  superclasses: Map<string, Set<string>>;
  /** schema.org: `schema:domainIncludes` of each property. */
  domains: Map<string, Set<string>>;
}

let cached: Vocabularies | undefined;

/** Loads the definitions; `ownTerms` are the project ontology's terms (it defines them in the dumps). */
export function vocabularies(ownNamespace: string, ownTerms: Iterable<string>): Vocabularies {
  if (!cached) {
    const defined = new Set<string>(CORE);
    const superclasses = new Map<string, Set<string>>();
    const domains = new Map<string, Set<string>>();
    const parents = new Map<string, string[]>();
    for (const [ns, path] of Object.entries(FILES)) {
      for (const q of readTurtle(standard(...path))) {
        const s = q.subject.value;
        if (q.predicate.value === RDF_TYPE && s.startsWith(ns)) defined.add(s);
        if (ns === NS.schema && q.predicate.value === `${NS.rdfs}subClassOf`) parents.set(s, [...(parents.get(s) ?? []), q.object.value]);
        if (ns === NS.schema && q.predicate.value === `${NS.schema}domainIncludes`) {
          domains.set(s, new Set([...(domains.get(s) ?? []), q.object.value]));
        }
      }
    }
    for (const file of ['shapes.ttl', 'range.ttl', 'mdr-vocabularies.shape.ttl']) {
      for (const q of readTurtle(standard('dcat-ap', '3.0.1', 'html-shacl', file))) {
        for (const t of [q.subject, q.object]) {
          if (t.termType === 'NamedNode' && PROFILE_NAMESPACES.some((ns) => t.value.startsWith(ns))) defined.add(t.value);
        }
      }
    }
    const closure = (c: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(c)) return seen;
      seen.add(c);
      for (const p of parents.get(c) ?? []) closure(p, seen);
      return seen;
    };
    for (const c of parents.keys()) superclasses.set(c, closure(c));
    cached = { namespaces: [...Object.keys(FILES), ...PROFILE_NAMESPACES, NS.rdf, NS.rdfs, NS.owl], defined, superclasses, domains };
  }
  const defined = new Set(cached.defined);
  for (const t of ownTerms) defined.add(t);
  return { ...cached, namespaces: [...cached.namespaces, ownNamespace], defined };
}
