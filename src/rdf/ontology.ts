/**
 * The project's own ontology: the few terms no standard vocabulary offers. It is published in the
 * catalogue graph itself (and at `<base>ns`), so the dumps define every project term they use.
 */

import { DataFactory } from 'n3';
import { ontologyIri, ontologyTermIri } from './iri.js';
import { en } from './literals.js';
import type { NamedNode, Quad } from './rdfjs.js';
import { OWL, RDF, RDFS, SKOS, XSD } from './terms.js';

const { namedNode, quad } = DataFactory;

/** One term: its kind, label, comment and range. */
interface TermDefinition {
  /** `object`: the values are IRIs; `datatype`: the values are plain strings (codes). */
  readonly kind: 'object' | 'datatype';
  readonly label: string;
  readonly comment: string;
  /** The range of an object property (a datatype property's range is `xsd:string`). */
  readonly range?: NamedNode;
}

/** Every term of the ontology (local names under `<base>ns#`), defined once here. */
const TERMS = {
  curatedFacet: {
    kind: 'object',
    label: 'curated facet',
    comment:
      "A concept scheme whose values on this resource were assigned by the catalogue's curators from the resource's page text, " +
      "not shown by the toolkit's own facets. Facets not listed are the toolkit's own.",
    range: SKOS.ConceptScheme,
  },
  seenAt: {
    kind: 'object',
    label: 'seen at',
    comment:
      'A web page on which the facts the catalogue states about this resource were seen (a listing, a page naming it, or its own page): ' +
      "provenance of the catalogue's description, not the resource's identity.",
  },
  titleSource: {
    kind: 'datatype',
    label: 'title source',
    comment:
      "Where the resource's title was read: 'listing' (the title line of an item in the toolkit's listing or in a page's " +
      "related resources), 'page' (the resource's own page) or 'link-text' (a link or download text naming the resource).",
  },
  typeSource: {
    kind: 'datatype',
    label: 'type source',
    comment:
      "How the resource's type is known: 'shown' (the toolkit's type label) or 'layout' (the page shows fields only that type has). " +
      'Absent when curation assigned the type (see curated facet) or it was not recorded.',
  },
} as const satisfies Record<string, TermDefinition>;

export type OntologyTerm = keyof typeof TERMS;

/** Names of the ontology's terms (local names under `<base>ns#`). */
export const ONTOLOGY_TERMS = Object.keys(TERMS) as readonly OntologyTerm[];

/** The terms whose values are IRIs (typed `@id` in the JSON-LD context). */
export const IRI_VALUED_TERMS = ONTOLOGY_TERMS.filter((t) => TERMS[t].kind === 'object');

/** The IRI of a term of the ontology, e.g. `<base>ns#titleSource`. */
export function ontologyTerm(name: OntologyTerm, base?: string): string {
  return ontologyTermIri(name, base);
}

/**
 * `elet:curatedFacet` links a record to each concept scheme whose values on that record were assigned
 * by curation from the page text, rather than shown by the toolkit's own facets. Records without it
 * carry only the toolkit's facet values.
 */
export function curatedFacetIri(base?: string): string {
  return ontologyTerm('curatedFacet', base);
}

/** The ontology's own description: one block per subject. */
export function ontologyBlocks(base?: string): Quad[][] {
  const ontology = namedNode(ontologyIri(base));
  const header = [
    quad(ontology, RDF.type, OWL.Ontology),
    quad(ontology, RDFS.label, en('elet-resources ontology')),
    quad(ontology, RDFS.comment, en('Terms of the elet-resources catalogue that no standard vocabulary offers.')),
  ];
  const terms = ONTOLOGY_TERMS.map((name) => {
    const term = namedNode(ontologyTerm(name, base));
    const def: TermDefinition = TERMS[name];
    const range = def.kind === 'datatype' ? XSD.string : def.range;
    return [
      quad(term, RDF.type, def.kind === 'object' ? OWL.ObjectProperty : OWL.DatatypeProperty),
      quad(term, RDFS.label, en(def.label)),
      quad(term, RDFS.comment, en(def.comment)),
      ...(range ? [quad(term, RDFS.range, range)] : []),
      quad(term, RDFS.isDefinedBy, ontology),
    ];
  });
  return [header, ...terms];
}
