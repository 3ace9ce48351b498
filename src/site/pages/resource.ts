import type { Resource } from '../../resource.js';
import { label } from '../../vocabulary.js';
import { html, type SafeHtml, safeHref } from '../html.js';
import { Links, page } from '../layout.js';
import { CODE_FIELD_NAMES, codesOf, fieldTitle, type SiteModel } from '../model.js';
import { codeLinks, documentsOf, facts, resourceList } from './parts.js';

/** How many related resources a page lists per shared country or beneficiary before linking to the full list. */
const RELATED_SHOWN = 8;

function downloads(r: Resource): SafeHtml {
  if (!r.downloads.length) return html``;
  return html`<section><h2>Downloads</h2><ul class="downloads">
${r.downloads.map((d) => {
  const about = [d.language && label(d.language), d.size?.shown].filter(Boolean).join(', ');
  const name = d.url ? html`<a href="${safeHref(d.url)}">${d.title}</a>` : html`${d.title}`;
  return html`<li>${name}${about ? html` <span class="meta">(${about})</span>` : ''}</li>\n`;
})}</ul></section>`;
}

/** Other resources sharing each of the record's countries and beneficiaries. */
function related(site: SiteModel, links: Links, r: Resource): SafeHtml {
  const sections = [...r.countries, ...r.beneficiaries].flatMap((code) => {
    // The record is among those with its code: the others are all but one, and only a few are shown.
    const all = site.resourcesWith(code);
    if (all.length < 2) return [];
    const shown = firstOthers(all, r, RELATED_SHOWN);
    const more =
      all.length - 1 > RELATED_SHOWN ? html`<p><a href="${links.page(site.conceptPath(code))}">All ${all.length} resources: ${label(code)}</a></p>` : '';
    return [
      html`<section class="related"><h3>Also for ${label(code)}</h3>
${resourceList(site, links, shown)}${more}</section>\n`,
    ];
  });
  return sections.length ? html`<section><h2>Related resources</h2>\n${sections}</section>` : html``;
}

/** The first `n` records of `records` other than `r`, without walking the rest (a code can have tens of thousands). */
function firstOthers(records: readonly Resource[], r: Resource, n: number): Resource[] {
  const out: Resource[] = [];
  for (const o of records) {
    if (out.length === n) break;
    if (o.slug !== r.slug) out.push(o);
  }
  return out;
}

/** The HTML page of one resource. */
export function resourcePage(site: SiteModel, r: Resource, iri: string, jsonLd: unknown): string {
  const path = site.resourcePath(r.slug);
  const links = Links.from(path);
  const details = r.details ? Object.entries(r.details) : [];
  const body = html`<article class="resource">
<p class="kind">${codeLinks(site, links, [r.type])}</p>
<h1>${r.title}</h1>
${r.subtitle ? html`<p class="subtitle">${r.subtitle}</p>` : ''}
${r.originalTitle ? html`<p class="original">Original title: <span lang="${r.originalTitle.language}">${r.originalTitle.text}</span></p>` : ''}
<p class="description">${r.description}</p>
${facts([
  ...CODE_FIELD_NAMES.filter((field) => field !== 'type').map((field) => {
    const codes = codesOf(r, field);
    // Facets assigned by curation from the page text, not shown by the toolkit, say so.
    const curated = (r.curated as readonly string[]).includes(field) ? html` <span class="meta">(assigned by curation)</span>` : '';
    return [fieldTitle(field), codes.length ? html`${codeLinks(site, links, codes)}${curated}` : undefined] as const;
  }),
  ['Year', r.year === undefined ? undefined : String(r.year)],
  ['Date', r.date],
  ['Organisations', r.organisations.join('; ')],
  ['Keywords', r.keywords.join('; ')],
  ['Website', r.externalUrl && html`<a href="${safeHref(r.externalUrl)}">${r.externalUrl}</a>`],
  ['Source', html`<a href="${safeHref(r.sourceUrl)}">This resource in ${site.info.source.title}</a>`],
])}
${details.length ? html`<section><h2>Details from the toolkit</h2>${facts(details)}</section>` : ''}
${downloads(r)}
${related(site, links, r)}
${documentsOf(links, path, iri)}
</article>`;
  return page({ path, links, chrome: site.chrome, title: r.title, description: r.description, jsonLd, alternates: true, body });
}
