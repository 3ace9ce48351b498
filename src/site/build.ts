/**
 * Builds the static linked-data site: for every node the catalogue mints (resources, concepts, schemes,
 * catalogue, dataset, distributions and the smaller nodes they point to) an HTML page plus `.ttl`,
 * `.jsonld` and `.nt` documents of its description, at the path its IRI has under the base; an index page
 * that filters the resources; `sitemap.xml`; the VoID description at `.well-known/void`; and, on request,
 * the dumps under `dumps/`. The site replaces its folder whole when complete (src/publish/atomic.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resources as packageResources } from '../package-catalogue.js';
import { replaceDir } from '../publish/atomic.js';
import { type WrittenDumps, writeDumpFiles } from '../publish/dumps.js';
import { CatalogueGraph } from '../rdf/catalogue-graph.js';
import type { Quad } from '../rdf/index.js';
import type { Resource } from '../schema.js';
import { GraphSummary, writeFixedFiles, writeVoid } from './fixed-files.js';
import { SiteModel } from './model.js';
import { writeCataloguePage, writeGraphNodePages, writeResourcePages, writeVocabularyPages } from './node-pages.js';
import { type SiteBuild, startSiteBuild } from './site-build.js';
import { SiteWriter } from './writer.js';

export interface BuildSiteOptions {
  /** Where the site goes (replaced whole), e.g. `dist/site`. */
  outDir: string;
  /** Records to publish (default: the package's catalogue); benchmarks pass synthetic ones. */
  resources?: readonly Resource[];
  /** IRI base (default: the catalogue's `baseIri`). */
  base?: string;
  /**
   * Writes the full dumps into `<site>/dumps` (src/publish/dumps.ts), whose sizes and checksums the
   * distribution descriptions then state. Default: no dumps folder, and no distribution links.
   */
  dumps?: boolean;
  /** Called when a dump file is complete, before the site is published (tests use it to fail half-way). */
  onDumpWritten?: (file: string) => void;
  /**
   * Release date (default: the one stamped by the generator when the dumps are written, else the
   * catalogue's `issued`).
   */
  modified?: string;
}

/** What a build produced. */
export interface SiteReport {
  outDir: string;
  /** HTML pages written. */
  pages: number;
  /** Files written, dumps included. */
  files: number;
  /** Total bytes written, dumps included. */
  bytes: number;
  /** Wall time of the build in milliseconds. */
  ms: number;
}

/** Builds the site into `options.outDir`; see the module comment. */
export async function buildSite(options: BuildSiteOptions): Promise<SiteReport> {
  const started = performance.now();
  const out = await replaceDir(options.outDir, (dir) => {
    const writer = new SiteWriter(dir);
    writeSite(writer, options);
    return writer;
  });
  return { outDir: options.outDir, pages: out.pages, files: out.files, bytes: out.bytes, ms: performance.now() - started };
}

function writeSite(out: SiteWriter, options: BuildSiteOptions): void {
  const site = new SiteModel({ resources: options.resources ?? packageResources, ...(options.base ? { base: options.base } : {}) });
  // Dumps first: the distributions state their sizes and checksums.
  const dumps = options.dumps ? writeSiteDumps(out, options) : undefined;
  const build = startSiteBuild(out, site, dumps, options.modified ?? site.info.issued);
  writeResourcePages(build);
  writeVocabularyPages(build);
  writeCataloguePage(build);
  const graph = uncoveredGraph(build);
  const { wroteIndex } = writeGraphNodePages(build, graph.quads);
  writeFixedFiles(build, { wroteIndex });
  writeVoid(build, graph.summary);
}

/**
 * One streamed pass over the full graph, keeping only the statements of subjects that have no page yet
 * (the dataset, distributions, agents, authority labels: a few per record at most). The records' own
 * statements, most of the graph, were written with their pages and are not held again: holding the whole
 * graph took the 20,042-record site to 3.4 GB. The VoID facts (triples, vocabularies used) are counted on the way.
 */
function uncoveredGraph(build: SiteBuild): { quads: Quad[]; summary: GraphSummary } {
  const graph = new CatalogueGraph(build.site.catalogue.resources, build.rdfOptions);
  const summary = new GraphSummary(build.prefixes, build.base);
  const quads: Quad[] = [];
  for (const block of graph.blocks()) {
    summary.add(block);
    // Blank-node subjects are never a page nor looked up by one (describeNode follows IRIs only).
    for (const q of block) if (q.subject.termType === 'NamedNode' && !build.covered.has(q.subject.value)) quads.push(q);
  }
  return { quads, summary };
}

/** The dumps, written once into the site's own `dumps/` (the build copies them to `dist/dumps`). */
function writeSiteDumps(out: SiteWriter, options: BuildSiteOptions): WrittenDumps {
  const dir = join(out.root, 'dumps');
  mkdirSync(dir, { recursive: true });
  const { resources, base, modified, onDumpWritten } = options;
  const dumps = writeDumpFiles(dir, { resources, base, modified, onFileWritten: onDumpWritten });
  for (const file of Object.values(dumps.files)) out.counted(file.byteSize);
  return dumps;
}
