/**
 * Builds the static linked-data site: for every node the catalogue mints (resources, concepts, schemes,
 * catalogue, dataset, distributions and the smaller nodes they point to) an HTML page plus `.ttl`,
 * `.jsonld` and `.nt` documents of its description, at the path its IRI has under the base; an index page
 * that filters the resources (the base IRI's document); `sitemap.xml` and `robots.txt`; the VoID description at `.well-known/void`; and, on request,
 * the dumps under `dumps/`. The site replaces its folder whole when complete (src/publish/atomic.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resources as packageResources } from '../package-catalogue.js';
import { replaceDir } from '../publish/atomic.js';
import { type WrittenDumps, writeDumpFiles } from '../publish/dumps.js';
import type { Resource } from '../resource.js';
import { writeFixedFiles, writeVoid } from './fixed-files.js';
import { summariseGraph } from './graph-summary.js';
import { withGentleHeapGrowth } from './heap-growth.js';
import { writeIndex } from './index-document.js';
import { SiteModel } from './model.js';
import { writeCataloguePage, writeGraphNodePages, writeResourcePages, writeVocabularyPages } from './node-pages.js';
import { startSiteBuild } from './site-build.js';
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
  const out = await withGentleHeapGrowth(() =>
    replaceDir(options.outDir, (dir) => {
      const writer = new SiteWriter(dir);
      writeSite(writer, options);
      return writer;
    }),
  );
  return { outDir: options.outDir, pages: out.pages, files: out.files, bytes: out.bytes, ms: performance.now() - started };
}

function writeSite(out: SiteWriter, options: BuildSiteOptions): void {
  const site = new SiteModel({ resources: options.resources ?? packageResources, ...(options.base ? { base: options.base } : {}) });
  // Dumps first: the distributions state their sizes and checksums.
  const dumps = options.dumps ? writeSiteDumps(out, options) : undefined;
  const build = startSiteBuild(out, site, dumps, options.modified ?? site.info.issued);
  // The whole graph is walked once and not held: each page maps what it describes (graph-summary.ts).
  const graph = summariseGraph(site.catalogue.resources, build.rdfOptions);
  writeResourcePages(build, graph);
  writeVocabularyPages(build);
  writeCataloguePage(build, graph);
  writeIndex(build, graph); // before the graph's own nodes: the base IRI's document is the index
  writeGraphNodePages(build, graph);
  writeVoid(build, graph); // before the fixed files: the sitemap lists its page
  writeFixedFiles(build);
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
