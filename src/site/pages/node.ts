import { IriCompactor } from '../../rdf/compactor.js';
import type { Quad } from '../../rdf/rdfjs.js';
import { DCT, FOAF, RDFS, SCHEMA, SKOS, VCARD } from '../../rdf/terms.js';
import { html, type SafeHtml, safeHref } from '../html.js';
import { Links, page } from '../layout.js';
import type { SiteModel } from '../model.js';
import { documentsOf } from './parts.js';

/** Predicates whose value names a node, in order of preference. */
const NAMING = [SCHEMA.name, DCT.title, SKOS.prefLabel, FOAF.name, VCARD.fn, RDFS.label].map((p) => p.value);

/** A name for the node from its description, preferring English; the IRI's last segment otherwise. */
function nameOf(quads: readonly Quad[], iri: string): string {
  for (const p of NAMING) {
    const values = quads.filter((q) => q.subject.value === iri && q.predicate.value === p && q.object.termType === 'Literal');
    const english = values.find((q) => 'language' in q.object && (q.object.language === 'en' || q.object.language === ''));
    const hit = english ?? values[0];
    if (hit) return hit.object.value;
  }
  return decodeURIComponent(iri.replace(/[/#]$/, '').split(/[/#]/).pop() ?? iri);
}

/**
 * A page for any other node the catalogue mints (publisher, contact point, rights statement, a resource's
 * download or organisation, …): its statements as a table, links to nodes of the site kept inside the site.
 */
export function nodePage(
  site: SiteModel,
  path: string,
  iri: string,
  quads: readonly Quad[],
  prefixes: Readonly<Record<string, string>>,
  jsonLd: unknown,
): string {
  const links = Links.from(path);
  const compactor = new IriCompactor(prefixes);
  const term = (t: Quad['object']): SafeHtml => {
    if (t.termType === 'Literal') {
      const lang = t.language ? html` <span class="meta">@${t.language}</span>` : '';
      return html`${t.value}${lang}`;
    }
    if (t.termType !== 'NamedNode') return html`<span class="meta">(${t.termType} ${t.value})</span>`;
    const target = t.value.startsWith(site.base) ? links.page(site.pathOf(t.value.split('#')[0]!)) : safeHref(t.value);
    return html`<a href="${target}">${compactor.compact(t.value)}</a>`;
  };
  const rows = quads.map(
    (q) =>
      html`<tr><td>${q.subject.value === iri ? '' : compactor.compact(q.subject.value)}</td><td><code>${compactor.compact(q.predicate.value)}</code></td><td>${term(q.object)}</td></tr>\n`,
  );
  const title = nameOf(quads, iri);
  const body = html`<article class="node">
<h1>${title}</h1>
<table class="statements"><thead><tr><th>Subject</th><th>Property</th><th>Value</th></tr></thead><tbody>
${rows}</tbody></table>
${documentsOf(links, path, iri)}
</article>`;
  return page({ path, links, chrome: site.chrome, title, jsonLd, alternates: true, body });
}
