/** Small pieces of markup shared by the pages. */
import type { AnyCode } from '../../generated/vocabulary.js';
import type { Resource } from '../../resource.js';
import { label } from '../../vocabulary.js';
import { RDF_FORMATS } from '../formats.js';
import { html, type SafeHtml } from '../html.js';
import type { Links } from '../layout.js';
import type { SiteModel } from '../model.js';

/** A code as a link to its concept page, showing its English label. */
function codeLink(site: SiteModel, links: Links, code: string): SafeHtml {
  return html`<a href="${links.page(site.conceptPath(code))}">${label(code as AnyCode)}</a>`;
}

/** Codes as a comma-separated list of concept links. */
export function codeLinks(site: SiteModel, links: Links, codes: readonly string[]): SafeHtml {
  return html`${codes.map((code, i) => html`${i ? ', ' : ''}${codeLink(site, links, code)}`)}`;
}

/** Type, countries and year of a resource, e.g. "Good practice · Spain, Portugal · 2019". */
export function resourceMeta(r: Resource): string {
  return [label(r.type), r.countries.map((c) => label(c)).join(', '), r.year === undefined ? '' : String(r.year)].filter(Boolean).join(' · ');
}

/** A resource's title as a link, followed by its subtitle (two volumes of one title differ only there). */
export function resourceLink(site: SiteModel, links: Links, r: Resource): SafeHtml {
  return html`<a href="${links.page(site.resourcePath(r.slug))}">${r.title}</a>${r.subtitle === undefined ? '' : html`<span class="subtitle">: ${r.subtitle}</span>`}`;
}

/** A linked list of resources, each with its type, countries and year. */
export function resourceList(site: SiteModel, links: Links, records: readonly Resource[]): SafeHtml {
  if (!records.length) return html`<p>No resources.</p>`;
  return html`<ul class="resources">
${records.map((r) => html`<li>${resourceLink(site, links, r)} <span class="meta">${resourceMeta(r)}</span></li>\n`)}</ul>`;
}

/** The node's IRI and links to its RDF documents. */
export function documentsOf(links: Links, path: string, iri: string): SafeHtml {
  return html`<section class="documents"><h2>This description as data</h2>
<p>IRI: <code>${iri}</code></p>
<p>${RDF_FORMATS.map((f, i) => html`${i ? ' · ' : ''}<a href="${links.file(`${path}.${f.ext}`)}" type="${f.mediaType}">${f.label}</a>`)}</p></section>`;
}

/** A definition list of the rows that have a value. */
export function facts(rows: readonly (readonly [string, SafeHtml | string | undefined | false])[]): SafeHtml {
  const shown = rows.filter(([, v]) => v !== undefined && v !== false && String(v) !== '');
  return shown.length ? html`<dl class="facts">\n${shown.map(([k, v]) => html`<dt>${k}</dt><dd>${v || ''}</dd>\n`)}</dl>` : html``;
}
