/** The SPARQL side of "facet counts equal SPARQL counts", shared by the in-memory and the endpoint tests. */
import { datasetIri, schemeIri } from '../../src/rdf/iri.js';

/** Resources per code of one scheme, joining the record's value to the concept directly or through skos:exactMatch. */
export function countsQuery(property: string, schemeId: string): string {
  return `PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?code (COUNT(DISTINCT ?r) AS ?n) WHERE {
  ?r dct:isPartOf <${datasetIri()}> ; <${property}> ?value .
  ?concept skos:inScheme <${schemeIri(schemeId)}> ; skos:notation ?code .
  FILTER(?value = ?concept || EXISTS { ?concept skos:exactMatch ?value })
} GROUP BY ?code`;
}

/** A facet's counts without its zero rows (SPARQL's GROUP BY has no row for a code no record carries). */
export const nonZero = (row: Record<string, number>) => Object.fromEntries(Object.entries(row).filter(([, n]) => n > 0));
