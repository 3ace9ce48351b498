/**
 * What the site needs of the whole graph, from one streamed walk of it: the records' statements are
 * counted and let go (each record's page maps its record again), and only the rest is kept: the shared
 * nodes, vocabularies, ontology and DCAT description, whose size does not grow with the records.
 * This is what keeps a build's memory flat in the number of records.
 */
import { groupBySubject } from '../rdf/blocks.js';
import { CatalogueGraph, type RdfOptions } from '../rdf/catalogue-graph.js';
import type { Quad } from '../rdf/index.js';
import type { Resource } from '../resource.js';

export interface GraphSummary {
  /** Triples of the whole graph. */
  triples: number;
  /** Every predicate IRI the graph uses, in order of first use. */
  predicates: ReadonlySet<string>;
  /** Every statement but the records' own (shared nodes, vocabularies, ontology, DCAT description). */
  rest: readonly Quad[];
  /** {@link rest} by subject (`NamedNode:<iri>` keys, as `groupBySubject` makes them). */
  restBySubject: ReadonlyMap<string, Quad[]>;
  /** The DCAT description with the shared nodes it uses (what `describeCatalogue` gives). */
  catalogue: Quad[];
}

/** Walks the graph of `resources` once; see the module comment. */
export function summariseGraph(resources: readonly Resource[], options: RdfOptions): GraphSummary {
  const graph = new CatalogueGraph(resources, { ...options, dcat: true, vocabularies: true });
  const predicates = new Set<string>();
  let triples = 0;
  const note = (blocks: readonly Quad[][]) => {
    for (const block of blocks) {
      triples += block.length;
      for (const q of block) predicates.add(q.predicate.value);
    }
  };
  const rest: Quad[] = [];
  for (const part of graph.contentParts()) {
    note(part.blocks);
    if (!part.record) for (const block of part.blocks) rest.push(...block);
  }
  const description = graph.dcatDescription();
  note(description);
  rest.push(...description.flat());
  return {
    triples,
    predicates,
    rest,
    restBySubject: groupBySubject(rest),
    catalogue: [...graph.dcatReferences(), ...description].flat(),
  };
}
