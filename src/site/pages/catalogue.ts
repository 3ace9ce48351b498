import type { AnyCode } from '../../generated/vocabulary.js';
import type { DumpFile } from '../../rdf/index.js';
import { label } from '../../vocabulary.js';
import { html, safeHref } from '../html.js';
import { Links, page, VOCABULARIES_PATH } from '../layout.js';
import type { SiteModel } from '../model.js';
import { documentsOf, facts } from './parts.js';

/** A full dump of the dataset as a page links it: the distribution's facts, its path under the site root and size. */
export interface DumpLink extends DumpFile {
  /** Path under the site root, e.g. `dumps/catalogue.ttl`. */
  path: string;
  bytes: number | undefined;
}

function size(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/** `CC_BY_4_0` → `CC BY 4.0`: the EU licence table code as people write it. */
function licenceName(code: string): string {
  return code.replace(/_(\d)_(\d)$/, ' $1.$2').replace(/_/g, ' ');
}

function aboutCatalogue(site: SiteModel) {
  const { info } = site;
  return facts([
    ['Publisher', html`<a href="${safeHref(info.publisher.url)}">${info.publisher.name}</a>`],
    [
      'Contact',
      html`<a href="${safeHref(info.contactPoint.url)}">${info.contactPoint.name}</a>${info.contactPoint.email ? html` (${info.contactPoint.email})` : ''}`,
    ],
    ['Source', html`<a href="${safeHref(info.source.url)}">${info.source.title}</a> (${info.source.name})`],
    ['Licence', licenceName(info.licence)],
    ['Rights', info.rights],
    ['Themes', info.themes.join(', ')],
    ['Keywords', info.keywords.join('; ')],
    ['Issued', info.issued],
    ['Version', site.version],
  ]);
}

/** The page of the catalogue (dcat:Catalog). */
export function cataloguePage(site: SiteModel, iri: string, otherFiles: readonly string[], jsonLd: unknown): string {
  const path = site.cataloguePath;
  const links = Links.from(path);
  const body = html`<article class="catalogue">
<p class="kind">Catalogue</p>
<h1>${site.info.title}</h1>
<p class="description">${site.info.description}</p>
${aboutCatalogue(site)}
<section><h2>Contents</h2><ul>
<li><a href="${links.page(site.datasetPath)}">The dataset</a>: ${site.catalogue.resources.length} resources, with full downloads</li>
<li><a href="${links.page('')}">Browse and filter the resources</a></li>
<li><a href="${links.page(VOCABULARIES_PATH)}">The vocabularies</a> (${site.schemes.length} SKOS concept schemes)</li>
${otherFiles.map((path) => html`<li><a href="${links.file(path)}">${path.split('/').pop()!}</a></li>\n`)}</ul></section>
${documentsOf(links, path, iri)}
</article>`;
  return page({ path, links, chrome: site.chrome, title: 'Catalogue', description: site.info.description, jsonLd, alternates: true, body });
}

/** The page of the dataset (dcat:Dataset), with its distributions. */
export function datasetPage(site: SiteModel, iri: string, dumps: readonly DumpLink[], jsonLd: unknown): string {
  const path = site.datasetPath;
  const links = Links.from(path);
  const counts = site.catalogue.facets();
  const types = Object.entries(counts.type).filter(([, n]) => n > 0);
  const body = html`<article class="dataset">
<p class="kind">Dataset in the <a href="${links.page(site.cataloguePath)}">catalogue</a></p>
<h1>${site.info.title}</h1>
<p class="description">${site.info.description}</p>
<p>${site.catalogue.resources.length} resources: ${types.map(([code, n], i) => html`${i ? ', ' : ''}${n} × ${label(code as AnyCode)}`)}.</p>
<section><h2>Downloads</h2>
${
  dumps.length
    ? html`<table class="dumps"><thead><tr><th>Format</th><th>File</th><th>Size</th><th>Distribution</th></tr></thead><tbody>
${dumps.map(
  (d) =>
    html`<tr><td>${d.title}</td><td><a href="${links.file(d.path)}" type="${d.mediaType}">${d.path.split('/').pop()!}</a></td><td>${size(d.bytes)}</td><td><a href="${links.page(site.distributionPath(d.format))}">description</a></td></tr>\n`,
)}</tbody></table>`
    : html`<p>No dumps were built.</p>`
}</section>
${aboutCatalogue(site)}
${documentsOf(links, path, iri)}
</article>`;
  return page({ path, links, chrome: site.chrome, title: 'Dataset', description: site.info.description, jsonLd, alternates: true, body });
}

/** The page of one distribution (one dump format). */
export function distributionPage(site: SiteModel, dump: DumpLink, iri: string, jsonLd: unknown): string {
  const path = site.distributionPath(dump.format);
  const links = Links.from(path);
  const body = html`<article class="distribution">
<p class="kind">Distribution of the <a href="${links.page(site.datasetPath)}">dataset</a></p>
<h1>${site.info.title}: ${dump.title}</h1>
${facts([
  ['Download', html`<a href="${links.file(dump.path)}" type="${dump.mediaType}">${dump.path.split('/').pop()!}</a>`],
  ['Media type', html`<code>${dump.mediaType}</code>`],
  ['Size', size(dump.bytes)],
  ['Licence', licenceName(site.info.licence)],
])}
${documentsOf(links, path, iri)}
</article>`;
  return page({ path, links, chrome: site.chrome, title: dump.title, description: `${site.info.title} as ${dump.title}`, jsonLd, alternates: true, body });
}
