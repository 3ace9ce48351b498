/**
 * Builds the static linked-data site: for every node the catalogue mints (resources, concepts, schemes,
 * catalogue, dataset, distributions and the smaller nodes they point to) an HTML page plus `.ttl`,
 * `.jsonld` and `.nt` documents of its description, at the path its IRI has under the base; an index page
 * that filters the resources; `sitemap.xml`; the VoID description at `.well-known/void`; and the dumps
 * under `dumps/`. Everything is written into a temporary sibling folder, renamed into place when complete.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resources as packageResources } from '../package-catalogue.js';
import { authorityConceptIri } from '../rdf/authority.js';
import {
  catalogueIri,
  conceptIri,
  datasetIri,
  describeCatalogue,
  describeConcept,
  describeResource,
  describeScheme,
  distributionIri,
  DUMP_FILES,
  dumpUrl,
  prefixes,
  quadsToJsonLd,
  quadsToNTriples,
  quadsToTurtle,
  resourceIri,
  schemeIri,
  toQuads,
  type FileFacts,
  type Quad,
  type RdfOptions,
} from '../rdf/index.js';
import type { Resource } from '../schema.js';
import { INDEX_STEM, NOT_FOUND_PAGE } from './formats.js';
import { html } from './html.js';
import { pruneContext } from './jsonld-context.js';
import { VOCABULARIES_PATH } from './layout.js';
import { SiteModel } from './model.js';
import { cataloguePage, datasetPage, distributionPage, type DumpLink } from './pages/catalogue.js';
import { errorPage } from './pages/error.js';
import { indexPage } from './pages/index-page.js';
import { nodePage } from './pages/node.js';
import { resourcePage } from './pages/resource.js';
import { conceptPage, schemePage, vocabulariesPage } from './pages/vocabulary.js';
import { catalogueView, conceptView, datasetView, distributionView, schemaOrgView, schemeView, type CatalogueFacts } from './schema-org.js';
import { sitemaps } from './sitemap.js';
import { FAVICON_SVG, STYLE_CSS } from './style.js';
import { voidTurtle } from './void.js';

/** What a dump writer reports: the release date it stamped and the facts of every file, by file name. */
export interface WrittenDumps {
  modified: string;
  files: Readonly<Record<string, FileFacts>>;
  /** Triples per RDF file, by file name. */
  triples?: Readonly<Record<string, number>>;
}

export interface BuildSiteOptions {
  /** Where the site goes (replaced whole), e.g. `dist/site`. */
  outDir: string;
  /** Records to publish (default: the package's catalogue); benchmarks pass synthetic ones. */
  resources?: readonly Resource[];
  /** IRI base (default: the catalogue's `baseIri`). */
  base?: string;
  /**
   * Writes the full dumps into the given folder (`<site>/dumps`) and reports their facts, which the
   * distribution descriptions then state. Without it the site has no dumps folder.
   */
  writeDumps?: (dir: string) => Promise<WrittenDumps>;
  /** Release date when no dump writer says otherwise (default: the catalogue's `issued`). */
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

/** Writes files under a root, counting them. */
class SiteWriter {
  files = 0;
  bytes = 0;
  pages = 0;
  readonly #dirs = new Set<string>();
  constructor(readonly root: string) {}

  write(path: string, content: string): void {
    const file = join(this.root, ...path.split('/'));
    const dir = dirname(file);
    if (!this.#dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.#dirs.add(dir);
    }
    writeFileSync(file, content);
    this.files++;
    this.bytes += Buffer.byteLength(content, 'utf8');
    if (path.endsWith('.html')) this.pages++;
  }

  /** Counts a file someone else wrote into the site. */
  counted(bytes: number): void {
    this.files++;
    this.bytes += bytes;
  }
}

function subjectKey(q: Quad): string {
  return `${q.subject.termType}:${q.subject.value}`;
}

/** Builds the site into `options.outDir`; see the module comment. */
export async function buildSite(options: BuildSiteOptions): Promise<SiteReport> {
  const started = performance.now();
  const outDir = options.outDir;
  mkdirSync(dirname(outDir), { recursive: true });
  const tmp = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-`));
  try {
    const out = new SiteWriter(tmp);
    await writeSite(out, options);
    // mkdtemp makes private folders; a site is for publishing.
    for (const dir of [tmp, join(tmp, 'dumps')]) if (existsSync(dir)) chmodSync(dir, 0o755);
    swapInto(tmp, outDir);
    return { outDir, pages: out.pages, files: out.files, bytes: out.bytes, ms: performance.now() - started };
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Replaces `dir` by `fresh` with two renames, then removes the old folder. */
function swapInto(fresh: string, dir: string): void {
  if (!existsSync(dir)) return renameSync(fresh, dir);
  const old = `${fresh}-old`;
  renameSync(dir, old);
  renameSync(fresh, dir);
  rmSync(old, { recursive: true, force: true });
}

async function writeSite(out: SiteWriter, options: BuildSiteOptions): Promise<void> {
  const site = new SiteModel({ resources: options.resources ?? packageResources, ...(options.base ? { base: options.base } : {}) });
  const { base, info } = site;
  const records = site.catalogue.resources;
  const pfx = prefixes(base);

  // Dumps first: the distributions state their sizes and checksums.
  const dumps = options.writeDumps ? await options.writeDumps(join(out.root, 'dumps')) : undefined;
  for (const file of Object.values(dumps?.files ?? {})) out.counted(file.byteSize);
  const modified = dumps?.modified ?? options.modified ?? info.issued;
  const factsByFormat: Record<string, FileFacts | undefined> = {};
  for (const f of DUMP_FILES) factsByFormat[f.format] = dumps?.files[f.file];
  const rdfOptions: RdfOptions = { base, info, version: site.version, modified, files: factsByFormat, dcat: true, vocabularies: true };

  // Only dumps that were written are linked (a site built without them links none).
  const dumpLinks: DumpLink[] = DUMP_FILES.filter((f) => dumps?.files[f.file]).map((f) => ({
    ...f,
    path: site.pathOf(dumpUrl(f.file, base)),
    bytes: dumps?.files[f.file]?.byteSize,
  }));
  const otherDumps = Object.keys(dumps?.files ?? {}).filter((file) => !DUMP_FILES.some((f) => f.file === file)).sort();
  const facts = catalogueFacts(site, modified, dumpLinks);

  const pageUrls: string[] = [base];
  /** Writes a node's four documents. */
  const node = (path: string, iri: string, quads: Quad[], page: string) => {
    const stem = path === '' ? INDEX_STEM : path;
    out.write(`${stem}.html`, page);
    out.write(`${stem}.ttl`, quadsToTurtle(quads, { base }));
    out.write(`${stem}.nt`, quadsToNTriples(quads));
    out.write(`${stem}.jsonld`, JSON.stringify(pruneContext(quadsToJsonLd(quads, { base })), null, 2) + '\n');
    if (path !== '') pageUrls.push(iri);
  };
  const covered = new Set<string>();

  for (const r of records) {
    const iri = resourceIri(r.slug, base);
    const quads = describeResource(r.slug, { base, resources: [r] })!;
    node(site.resourcePath(r.slug), iri, quads, resourcePage(site, r, iri, schemaOrgView(quads, iri)));
    covered.add(iri);
  }
  for (const scheme of site.schemes) {
    const iri = schemeIri(scheme.id, base);
    const quads = describeScheme(scheme.id, { base })!;
    node(site.schemePath(scheme.id), iri, quads, schemePage(site, scheme, iri, schemaOrgView(quads, iri) ?? schemeView(iri, scheme, (code) => conceptIri(scheme.id, code, base))));
    covered.add(iri);
    for (const concept of scheme.concepts) {
      const conceptIriValue = conceptIri(scheme.id, concept.code, base);
      const conceptQuads = describeConcept(scheme.id, concept.code, { base })!;
      const view = schemaOrgView(conceptQuads, conceptIriValue) ?? conceptView(conceptIriValue, { iri, title: scheme.title }, concept);
      node(site.conceptPath(concept.code), conceptIriValue, conceptQuads, conceptPage(site, scheme, concept, conceptIriValue, view));
      covered.add(conceptIriValue);
    }
  }
  const catalogue = catalogueIri(base);
  const catalogueQuads = describeCatalogue({ ...rdfOptions, resources: records });
  node(site.cataloguePath, catalogue, catalogueQuads, cataloguePage(site, catalogue, otherDumps.map((file) => site.pathOf(dumpUrl(file, base))), catalogueView(facts)));
  covered.add(catalogue);

  // Every other IRI the full graph mints under the base gets a page: the dataset, distributions, agents, statements, the ontology.
  const graph = toQuads(records, rdfOptions);
  const bySubject = new Map<string, Quad[]>();
  for (const q of graph) {
    const list = bySubject.get(subjectKey(q));
    if (list) list.push(q);
    else bySubject.set(subjectKey(q), [q]);
  }
  const nodes = new Map<string, string[]>(); // node path → subject IRIs (hash IRIs share their document)
  for (const q of graph) {
    const s = q.subject.value;
    if (q.subject.termType !== 'NamedNode' || !s.startsWith(base) || covered.has(s)) continue;
    const path = site.pathOf(s.split('#')[0]!);
    const list = nodes.get(path) ?? [];
    if (!list.includes(s)) list.push(s);
    nodes.set(path, list);
  }
  const dataset = datasetIri(base);
  for (const [path, subjects] of [...nodes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const iri = base + path;
    const quads = describeNode(subjects, bySubject, base);
    const distribution = dumpLinks.find((d) => distributionIri(d.format, base) === iri);
    const view = schemaOrgView(quads, iri);
    const page =
      path === ''
        ? indexPage(site, datasetView(facts))
        : iri === dataset
        ? datasetPage(site, iri, dumpLinks, datasetView(facts))
        : distribution
          ? distributionPage(site, distribution, iri, distributionView(facts.downloads.find((d) => d.iri === iri)!, dataset))
          : nodePage(site, path, iri, quads, pfx, view);
    node(path, iri, quads, page);
  }

  if (!nodes.has('')) out.write(`${INDEX_STEM}.html`, indexPage(site, datasetView(facts)));
  out.write(`${VOCABULARIES_PATH}.html`, vocabulariesPage(site));
  out.write(NOT_FOUND_PAGE, errorPage(site.chrome, 'Not found', html`<p>Nothing is published at this address.</p>`));
  out.write('style.css', STYLE_CSS);
  out.write('favicon.svg', FAVICON_SVG);
  out.write('.nojekyll', ''); // GitHub Pages: publish .well-known/ as it is
  for (const [name, text] of sitemaps(pageUrls, base)) out.write(name, text);
  const fullDump = DUMP_FILES.find((f) => f.format === 'ttl')!.file;
  out.write(
    '.well-known/void',
    voidTurtle({
      documentIri: `${base}.well-known/void`,
      datasetIri: dataset,
      catalogueIri: catalogue,
      base,
      title: info.title,
      description: info.description,
      homepage: info.homepage,
      licence: facts.licence,
      modified,
      triples: dumps?.triples?.[fullDump] ?? graph.length,
      entities: records.length,
      dumps: dumpLinks.filter((d) => ['ttl', 'nt', 'jsonld'].includes(d.format)).map((d) => dumpUrl(d.file, base)),
      exampleResources: records.slice(0, 3).map((r) => resourceIri(r.slug, base)),
      vocabularies: [...new Set(graph.map((q) => Object.values(pfx).find((ns) => q.predicate.value.startsWith(ns) && !ns.startsWith(base))).filter((ns): ns is string => !!ns))],
      prefixes: pfx,
    }),
  );
}

/**
 * The description of a node from the full graph: its subjects' statements, the sub-nodes it owns
 * (IRIs under its own path that it points to, e.g. a distribution's checksum), and the statements
 * about the other nodes it points to that are not pages of the site (labels of EU authority concepts).
 */
function describeNode(subjects: readonly string[], bySubject: ReadonlyMap<string, Quad[]>, base: string): Quad[] {
  const out: Quad[] = [];
  const seen = new Set<string>();
  const take = (iri: string) => {
    if (seen.has(iri)) return;
    seen.add(iri);
    const quads = bySubject.get(`NamedNode:${iri}`) ?? [];
    out.push(...quads);
    for (const q of quads) {
      if (q.object.termType !== 'NamedNode') continue;
      const o = q.object.value;
      const owned = subjects.some((s) => o.startsWith(`${s}/`));
      if (owned || (!o.startsWith(base) && bySubject.has(`NamedNode:${o}`))) take(o);
    }
  };
  for (const s of subjects) take(s);
  return out;
}
