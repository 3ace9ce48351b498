/** The files of the site that are not node documents: the fixed pages, style, sitemaps and the VoID description. */
import { catalogueIri, DUMP_FILES, datasetIri, dumpUrl, ontologyIri, resourceIri } from '../rdf/index.js';
import { NOT_FOUND_PAGE } from './formats.js';
import type { GraphSummary } from './graph-summary.js';
import { html } from './html.js';
import { Links, page, VOCABULARIES_PATH, VOID_PATH } from './layout.js';
import { errorPage } from './pages/error.js';
import { vocabulariesPage } from './pages/vocabulary.js';
import type { SiteBuild } from './site-build.js';
import { writeNode } from './site-build.js';
import { robotsTxt, sitemaps } from './sitemap.js';
import { FAVICON_SVG, STYLE_CSS } from './style.js';
import { type VoidFacts, voidQuads, voidTurtle } from './void.js';

/** The vocabularies page, the 404 page, style, sitemaps and robots.txt. */
export function writeFixedFiles(build: SiteBuild): void {
  const { out, site } = build;
  out.write(`${VOCABULARIES_PATH}.html`, vocabulariesPage(site));
  // The host shows 404.html at any missing path: its links start at the site's folder on that host.
  const siteRoot = site.info.siteUrl ? new URL(site.info.siteUrl).pathname : '/';
  out.write(NOT_FOUND_PAGE, errorPage(site.chrome, 'Not found', html`<p>Nothing is published at this address.</p>`, [], siteRoot));
  out.write('style.css', STYLE_CSS);
  out.write('favicon.svg', FAVICON_SVG);
  out.write('.nojekyll', ''); // GitHub Pages: publish .well-known/ as it is
  // The sitemap lives where the site is hosted (siteUrl); robots.txt names it by its absolute URL.
  const siteUrl = site.info.siteUrl ?? build.base;
  for (const [name, text] of sitemaps(build.pageUrls, siteUrl, build.modified)) out.write(name, text);
  out.write('robots.txt', robotsTxt(siteUrl));
}

/**
 * The VoID description of the dataset at `.well-known/void`: Turtle there (what static hosts serve),
 * and the node's documents beside it (`void.html`, `.ttl`, `.jsonld`, `.nt`, `.rdf`) for content negotiation.
 */
export function writeVoid(build: SiteBuild, graph: GraphSummary): void {
  const { base, site, prefixes: pfx } = build;
  const records = site.catalogue.resources;
  const fullDump = DUMP_FILES.find((f) => f.format === 'ttl')!.file;
  const facts: VoidFacts = {
    documentIri: base + VOID_PATH,
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
    dumps: build.dumpLinks.filter((d) => DUMP_FILES.find((f) => f.format === d.format)?.describesItself).map((d) => dumpUrl(d.file, base)),
    exampleResources: records.slice(0, 3).map((r) => resourceIri(r.slug, base)),
    vocabularies: [...usedVocabularies(graph.predicates, pfx, base), ontologyIri(base)],
    prefixes: pfx,
  };
  const turtle = voidTurtle(facts);
  build.out.write(VOID_PATH, turtle);
  writeNode(build, VOID_PATH, facts.documentIri, voidQuads(facts), voidPage(build, turtle));
}

/** The VoID description for people: its Turtle, with links to the other formats. */
function voidPage(build: SiteBuild, turtle: string): string {
  const title = 'VoID description';
  const body = html`<h1>${title}</h1>
<p>The machine-readable description of this dataset (<a href="https://www.w3.org/TR/void/">VoID</a>): its size, dumps and vocabularies.</p>
<pre>${turtle}</pre>`;
  return page({ path: VOID_PATH, links: Links.from(VOID_PATH), chrome: build.site.chrome, title, body, alternates: true });
}

/** The namespaces (other than the base's own) of `predicates` (in order of first use), in order of first use. */
function usedVocabularies(predicates: Iterable<string>, pfx: Readonly<Record<string, string>>, base: string): string[] {
  const namespaces = [...predicates].map((p) => Object.values(pfx).find((ns) => p.startsWith(ns) && !ns.startsWith(base)));
  return [...new Set(namespaces.filter((ns): ns is string => !!ns))];
}
