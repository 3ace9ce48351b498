import { INDEX_STEM, RDF_FORMATS } from './formats.js';
import { html, raw, type SafeHtml, scriptJson } from './html.js';

/**
 * Relative links between pages, so the site works wherever it is hosted (under any path, or from disk).
 * A page at `resource/x` reaches `vocab/country/ES` as `../vocab/country/ES.html`.
 */
export class Links {
  /** `prefix` leads from the current page to the site root: `''`, `'../'`, … or `'/'` for server-made pages. */
  constructor(readonly prefix: string) {}

  /** Links for the page of the node at `path` (`''` is the index). */
  static from(path: string): Links {
    return new Links('../'.repeat(path.split('/').length - 1));
  }

  /** The HTML page of a node. */
  page(path: string): string {
    return this.prefix + (path === '' ? 'index.html' : `${encodeURI(path)}.html`);
  }

  /** Any file of the site. */
  file(path: string): string {
    return this.prefix + encodeURI(path);
  }
}

/** Path of the VoID description under the site root (and under the base IRI). */
export const VOID_PATH = '.well-known/void';

/** The page listing every vocabulary (an overview page, not a node: it has no RDF documents). */
export const VOCABULARIES_PATH = 'vocab';

/** What every page shows around its content. */
export interface Chrome {
  siteTitle: string;
  version: string;
  rights: string;
  sourceName: string;
  sourceUrl: string;
  /** The base IRI: a node page's canonical URL is its IRI, `base` + its path. */
  base: string;
  /** Node paths of the catalogue and dataset, for the navigation bar. */
  cataloguePath: string;
  datasetPath: string;
  /** Content-Security-Policy of the pages: only the site's own stylesheet and its one known script may run. */
  csp: string;
}

export interface PageOptions {
  /** Node path of the page (`resource/x`), `''` for the index; `undefined` for server-made pages. */
  path?: string;
  links: Links;
  chrome: Chrome;
  title: string;
  description?: string;
  /** schema.org JSON-LD describing the page's node, for crawlers and dataset search. */
  jsonLd?: unknown;
  /** Whether the node has its RDF documents (`.ttl`, `.jsonld`, `.nt`, `.rdf`) beside the page. */
  alternates?: boolean;
  body: SafeHtml;
  /** Inline script (must be the one the CSP hash allows). */
  script?: string;
}

/** A complete HTML document. */
export function page(o: PageOptions): string {
  const { links, chrome } = o;
  const alternates =
    o.alternates && o.path !== undefined
      ? RDF_FORMATS.map((f) => html`<link rel="alternate" type="${f.mediaType}" href="${links.file(`${o.path || INDEX_STEM}.${f.ext}`)}">\n`)
      : [];
  // The node's IRI is its canonical URL (w3id redirects it to this page for browsers).
  const canonical =
    o.alternates && o.path !== undefined
      ? html`<link rel="canonical" href="${chrome.base + o.path}">
`
      : '';
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${chrome.csp}">
<title>${o.title} · ${chrome.siteTitle}</title>
${o.description ? html`<meta name="description" content="${o.description}">\n` : ''}<link rel="stylesheet" href="${links.file('style.css')}">
<link rel="icon" type="image/svg+xml" href="${links.file('favicon.svg')}">
${canonical}${alternates}${o.jsonLd === undefined ? '' : html`<script type="application/ld+json">${scriptJson(o.jsonLd)}</script>\n`}</head>
<body>
<header><a class="home" href="${links.page('')}">${chrome.siteTitle}</a>
<nav><a href="${links.page('')}">Resources</a> <a href="${links.page(chrome.cataloguePath)}">Catalogue</a> <a href="${links.page(chrome.datasetPath)}">Dataset</a> <a href="${links.page(VOCABULARIES_PATH)}">Vocabularies</a></nav></header>
<main>
${o.body}
</main>
<footer><p>${chrome.rights}</p><p>Source: <a href="${chrome.sourceUrl}">${chrome.sourceName}</a>. elet-resources ${chrome.version}.</p></footer>
${o.script ? html`<script>${raw(o.script)}</script>\n` : ''}</body>
</html>
`;
  return doc.value;
}
