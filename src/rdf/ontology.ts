/**
 * The project's own ontology: the one term no standard vocabulary offers. It is published in the
 * catalogue graph itself (and at `<base>ns`), so the dumps define every project term they use.
 */
import type { Quad } from './rdfjs.js';
import { DataFactory } from 'n3';
import { ontologyIri, ontologyTermIri } from './iri.js';
import { en } from './literals.js';
import { OWL, RDF, RDFS, SKOS } from './terms.js';

const { namedNode, quad } = DataFactory;

/** Names of the ontology's terms (local names under `<base>ns#`). */
export const ONTOLOGY_TERMS = ['curatedFacet'] as const;

/**
 * `elet:curatedFacet` links a record to each concept scheme whose values on that record were assigned
 * by curation from the page text, rather than shown by the toolkit's own facets. Records without it
 * carry only the toolkit's facet values.
 */
export function curatedFacetIri(base?: string): string {
  return ontologyTermIri('curatedFacet', base);
}

/** The ontology's own description: one block per subject. */
export function ontologyBlocks(base?: string): Quad[][] {
  const ontology = namedNode(ontologyIri(base));
  const curated = namedNode(curatedFacetIri(base));
  return [
    [
      quad(ontology, RDF.type, OWL.Ontology),
      quad(ontology, RDFS.label, en('elet-resources ontology')),
      quad(ontology, RDFS.comment, en('Terms of the elet-resources catalogue that no standard vocabulary offers.')),
    ],
    [
      quad(curated, RDF.type, OWL.ObjectProperty),
      quad(curated, RDFS.label, en('curated facet')),
      quad(
        curated,
        RDFS.comment,
        en(
          "A concept scheme whose values on this resource were assigned by the catalogue's curators from the resource's page text, " +
            "not shown by the toolkit's own facets. Facets not listed are the toolkit's own.",
        ),
      ),
      quad(curated, RDFS.range, SKOS.ConceptScheme),
      quad(curated, RDFS.isDefinedBy, ontology),
    ],
  ];
}
