/**
 * The state one site build shares between its steps: the model, the release date, the dumps and the
 * facts the catalogue pages state, and what has been written so far (page URLs for the sitemap, IRIs
 * that already have a page).
 */

import type { WrittenDumps } from '../publish/dumps.js';
import { quadsToRdfXml } from '../publish/rdf-xml.js';
import { authorityConceptIri } from '../rdf/authority.js';
import {
  catalogueIri,
  DUMP_FILES,
  datasetIri,
  distributionIri,
  dumpUrl,
  type FileFacts,
  prefixes,
  type Quad,
  quadsToJsonLd,
  quadsToNTriples,
  quadsToTurtle,
  type RdfOptions,
} from '../rdf/index.js';
import { INDEX_STEM } from './formats.js';
import { pruneContext } from './jsonld-context.js';
import type { SiteModel } from './model.js';
import type { DumpLink } from './pages/catalogue.js';
import type { CatalogueFacts } from './schema-org.js';
import type { SiteWriter } from './writer.js';

export interface SiteBuild {
  out: SiteWriter;
  site: SiteModel;
  base: string;
  prefixes: Readonly<Record<string, string>>;
  /** The release date the catalogue states. */
  modified: string;
  /** The dumps written into the site, if any. */
  dumps: WrittenDumps | undefined;
  /** The distributions whose files were written (a site built without dumps links none). */
  dumpLinks: DumpLink[];
  facts: CatalogueFacts;
  /** Options of the full graph, stating the dumps' facts. */
  rdfOptions: RdfOptions;
  /** IRIs of the pages written so far, in order, for the sitemap. */
  pageUrls: string[];
  /** IRIs that already have a page. */
  covered: Set<string>;
}

/** The state of a build of `site` whose dumps (if any) are written. */
export function startSiteBuild(out: SiteWriter, site: SiteModel, dumps: WrittenDumps | undefined, fallbackModified: string): SiteBuild {
  const { base, info } = site;
  const modified = dumps?.modified ?? fallbackModified;
  const files: Record<string, FileFacts | undefined> = {};
  for (const f of DUMP_FILES) files[f.format] = dumps?.files[f.file];
  const dumpLinks: DumpLink[] = DUMP_FILES.filter((f) => dumps?.files[f.file]).map((f) => ({
    ...f,
    path: site.pathOf(dumpUrl(f.file, base)),
    bytes: dumps?.files[f.file]?.byteSize,
  }));
  return {
    out,
    site,
    base,
    prefixes: prefixes(base),
    modified,
    dumps,
    dumpLinks,
    facts: catalogueFacts(site, modified, dumpLinks),
    rdfOptions: { base, info, version: site.version, modified, files, dcat: true, vocabularies: true },
    pageUrls: [base],
    covered: new Set(),
  };
}

/** The facts the schema.org views of the catalogue, dataset and distributions state. */
function catalogueFacts(site: SiteModel, modified: string, dumps: readonly DumpLink[]): CatalogueFacts {
  const { base, info } = site;
  return {
    catalogueIri: catalogueIri(base),
    datasetIri: datasetIri(base),
    name: info.title,
    description: info.description,
    homepage: info.homepage,
    publisher: info.publisher,
    licence: authorityConceptIri('licence', info.licence),
    keywords: info.keywords,
    version: site.version,
    issued: info.issued,
    modified,
    sourceUrl: info.source.url,
    downloads: dumps.map((d) => ({
      iri: distributionIri(d.format, base),
      name: d.title,
      mediaType: d.mediaType,
      url: dumpUrl(d.file, base),
      ...(d.bytes === undefined ? {} : { bytes: d.bytes }),
    })),
  };
}

/** Writes a node's five documents (HTML page, Turtle, N-Triples, JSON-LD, RDF/XML) at `path` (`''`: the site's index). */
export function writeNode(build: SiteBuild, path: string, iri: string, quads: Quad[], page: string): void {
  const { out, base } = build;
  const stem = path === '' ? INDEX_STEM : path;
  out.write(`${stem}.html`, page);
  out.write(`${stem}.ttl`, quadsToTurtle(quads, { base }));
  out.write(`${stem}.nt`, quadsToNTriples(quads));
  out.write(`${stem}.rdf`, quadsToRdfXml(quads));
  out.write(`${stem}.jsonld`, `${JSON.stringify(pruneContext(quadsToJsonLd(quads, { base })), null, 2)}\n`);
  if (path !== '') build.pageUrls.push(iri);
  build.covered.add(iri);
}
