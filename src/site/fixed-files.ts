/** The files of the site that are not node documents: the fixed pages, style, sitemaps and the VoID description. */
import { catalogueIri, DUMP_FILES, datasetIri, dumpUrl, type Quad, resourceIri } from '../rdf/index.js';
import { INDEX_STEM, NOT_FOUND_PAGE } from './formats.js';
import { html } from './html.js';
import { VOCABULARIES_PATH } from './layout.js';
import { errorPage } from './pages/error.js';
import { indexPage } from './pages/index-page.js';
import { vocabulariesPage } from './pages/vocabulary.js';
import { datasetView } from './schema-org.js';
import type { SiteBuild } from './site-build.js';
import { sitemaps } from './sitemap.js';
import { FAVICON_SVG, STYLE_CSS } from './style.js';
import { voidTurtle } from './void.js';

/** The index (unless the graph gave the base IRI a page), the vocabularies page, the 404 page, style and sitemaps. */
export function writeFixedFiles(build: SiteBuild, options: { wroteIndex: boolean }): void {
  const { out, site } = build;
  if (!options.wroteIndex) out.write(`${INDEX_STEM}.html`, indexPage(site, datasetView(build.facts)));
  out.write(`${VOCABULARIES_PATH}.html`, vocabulariesPage(site));
  out.write(NOT_FOUND_PAGE, errorPage(site.chrome, 'Not found', html`<p>Nothing is published at this address.</p>`));
  out.write('style.css', STYLE_CSS);
  out.write('favicon.svg', FAVICON_SVG);
  out.write('.nojekyll', ''); // GitHub Pages: publish .well-known/ as it is
  for (const [name, text] of sitemaps(build.pageUrls, build.base)) out.write(name, text);
}

/** The VoID description of the dataset at `.well-known/void`. */
export function writeVoid(build: SiteBuild, graph: GraphSummary): void {
  const { base, site, prefixes: pfx } = build;
  const records = site.catalogue.resources;
  const fullDump = DUMP_FILES.find((f) => f.format === 'ttl')!.file;
  build.out.write(
    '.well-known/void',
    voidTurtle({
      documentIri: `${base}.well-known/void`,
      datasetIri: datasetIri(base),
      catalogueIri: catalogueIri(base),
      base,
      title: site.info.title,
      description: site.info.description,
      homepage: site.info.homepage,
      licence: build.facts.licence,
      modified: build.modified,
      triples: build.dumps?.triples?.[fullDump] ?? graph.triples,
      entities: records.length,
      dumps: build.dumpLinks.filter((d) => ['ttl', 'nt', 'jsonld'].includes(d.format)).map((d) => dumpUrl(d.file, base)),
      exampleResources: records.slice(0, 3).map((r) => resourceIri(r.slug, base)),
      vocabularies: [...graph.vocabularies],
      prefixes: pfx,
    }),
  );
}

/** What the VoID description states about the full graph, counted block by block as the graph streams past. */
export class GraphSummary {
  triples = 0;
  /** The namespaces (other than the base's own) whose predicates the graph uses, in order of first use. */
  readonly vocabularies = new Set<string>();
  readonly #namespaces: string[];
  constructor(pfx: Readonly<Record<string, string>>, base: string) {
    this.#namespaces = Object.values(pfx).filter((ns) => !ns.startsWith(base));
  }

  add(block: readonly Quad[]): void {
    this.triples += block.length;
    for (const q of block) {
      const ns = this.#namespaces.find((n) => q.predicate.value.startsWith(n));
      if (ns) this.vocabularies.add(ns);
    }
  }
}
