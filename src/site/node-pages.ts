/**
 * The pages of the nodes the catalogue mints: resources, schemes and concepts, the catalogue, then
 * every other IRI of the full graph under the base (the dataset, distributions, agents, statements,
 * the ontology), each with its RDF documents.
 */

import { groupBySubject } from '../rdf/blocks.js';
import { recordDescription } from '../rdf/graph.js';
import {
  catalogueIri,
  conceptIri,
  DUMP_FILES,
  datasetIri,
  describeConcept,
  describeScheme,
  distributionIri,
  dumpUrl,
  type Quad,
  resourceIri,
  schemeIri,
} from '../rdf/index.js';
import type { GraphSummary } from './graph-summary.js';
import { cataloguePage, datasetPage, distributionPage } from './pages/catalogue.js';
import { nodePage } from './pages/node.js';
import { resourcePage } from './pages/resource.js';
import { conceptPage, schemePage } from './pages/vocabulary.js';
import { catalogueView, conceptView, datasetView, distributionView, schemaOrgView, schemeView } from './schema-org.js';
import { type SiteBuild, writeNode } from './site-build.js';

/**
 * One page per record, then one per node the record's description mints under it (its organisations and
 * downloads), described with the record's statements and the whole graph's shared nodes.
 */
export function writeResourcePages(build: SiteBuild, graph: GraphSummary): void {
  const { site, base } = build;
  for (const r of site.catalogue.resources) {
    const iri = resourceIri(r.slug, base);
    const { own, pointedTo } = recordDescription(r, base);
    const quads = [...own, ...pointedTo].flat();
    writeNode(build, site.resourcePath(r.slug), iri, quads, resourcePage(site, r, iri, schemaOrgView(quads, iri)));
    const ownQuads = own.flat();
    const ownBySubject = groupBySubject(ownQuads);
    const lookup = (key: string) => ownBySubject.get(key) ?? graph.restBySubject.get(key);
    writeNodePages(build, uncoveredNodes(build, ownQuads), lookup);
  }
}

/** One page per concept scheme and per concept. */
export function writeVocabularyPages(build: SiteBuild): void {
  const { site, base } = build;
  for (const scheme of site.schemes) {
    const iri = schemeIri(scheme.id, base);
    const quads = describeScheme(scheme.id, { base })!;
    const view = schemaOrgView(quads, iri) ?? schemeView(iri, scheme, (code) => conceptIri(scheme.id, code, base));
    writeNode(build, site.schemePath(scheme.id), iri, quads, schemePage(site, scheme, iri, view));
    for (const concept of scheme.concepts) {
      const conceptIriValue = conceptIri(scheme.id, concept.code, base);
      const conceptQuads = describeConcept(scheme.id, concept.code, { base })!;
      const conceptViewValue = schemaOrgView(conceptQuads, conceptIriValue) ?? conceptView(conceptIriValue, { iri, title: scheme.title }, concept);
      writeNode(build, site.conceptPath(concept.code), conceptIriValue, conceptQuads, conceptPage(site, scheme, concept, conceptIriValue, conceptViewValue));
    }
  }
}

/** The catalogue's page, linking the dump files that are not distributions (the DCAT file). */
export function writeCataloguePage(build: SiteBuild, graph: GraphSummary): void {
  const { site, base } = build;
  const iri = catalogueIri(base);
  const otherDumps = Object.keys(build.dumps?.files ?? {})
    .filter((file) => !DUMP_FILES.some((f) => f.file === file))
    .sort();
  const links = otherDumps.map((file) => site.pathOf(dumpUrl(file, base)));
  writeNode(build, site.cataloguePath, iri, graph.catalogue, cataloguePage(site, iri, links, catalogueView(build.facts)));
}

/** A page for every other IRI the graph mints under the base outside the records (the index is written before, see index-document.ts). */
export function writeGraphNodePages(build: SiteBuild, graph: GraphSummary): void {
  writeNodePages(build, uncoveredNodes(build, graph.rest), (key) => graph.restBySubject.get(key));
}

/** Statements by subject key (`NamedNode:<iri>`). */
type Lookup = (key: string) => readonly Quad[] | undefined;

function writeNodePages(build: SiteBuild, nodes: ReadonlyMap<string, string[]>, lookup: Lookup): void {
  for (const [path, subjects] of [...nodes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const iri = build.base + path;
    const quads = describeNode(subjects, lookup, build.base);
    writeNode(build, path, iri, quads, graphNodePage(build, path, iri, quads));
  }
}

/** Node path → subject IRIs of `quads` under the base that have no page yet (hash IRIs share their document). */
function uncoveredNodes(build: SiteBuild, quads: readonly Quad[]): Map<string, string[]> {
  const nodes = new Map<string, string[]>();
  for (const q of quads) {
    const s = q.subject.value;
    if (q.subject.termType !== 'NamedNode' || !s.startsWith(build.base) || build.covered.has(s)) continue;
    const path = build.site.pathOf(s.split('#')[0]!);
    const list = nodes.get(path) ?? [];
    if (!list.includes(s)) list.push(s);
    nodes.set(path, list);
  }
  return nodes;
}

/** The page of a graph node: the index, the dataset and distributions have their own; the rest a generic one. */
function graphNodePage(build: SiteBuild, path: string, iri: string, quads: Quad[]): string {
  const { site, base, facts, dumpLinks } = build;
  const dataset = datasetIri(base);
  if (iri === dataset) return datasetPage(site, iri, dumpLinks, datasetView(facts));
  const distribution = dumpLinks.find((d) => distributionIri(d.format, base) === iri);
  if (distribution) return distributionPage(site, distribution, iri, distributionView(facts.downloads.find((d) => d.iri === iri)!, dataset));
  return nodePage(site, path, iri, quads, build.prefixes, schemaOrgView(quads, iri));
}

/**
 * The description of a node from the full graph: its subjects' statements, the sub-nodes it owns
 * (IRIs under its own path that it points to, e.g. a distribution's checksum), and the statements
 * about the other nodes it points to that are not pages of the site (labels of EU authority concepts).
 */
function describeNode(subjects: readonly string[], lookup: Lookup, base: string): Quad[] {
  const out: Quad[] = [];
  const seen = new Set<string>();
  const take = (iri: string) => {
    if (seen.has(iri)) return;
    seen.add(iri);
    const quads = lookup(`NamedNode:${iri}`) ?? [];
    out.push(...quads);
    for (const q of quads) {
      if (q.object.termType !== 'NamedNode') continue;
      const o = q.object.value;
      const owned = subjects.some((s) => o.startsWith(`${s}/`));
      if (owned || (!o.startsWith(base) && lookup(`NamedNode:${o}`))) take(o);
    }
  };
  for (const s of subjects) take(s);
  return out;
}
