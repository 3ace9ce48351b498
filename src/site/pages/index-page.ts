import { FACETS } from '../../catalogue.js';
import { label } from '../../vocabulary.js';
import { FILTER_SCRIPT } from '../filter-script.js';
import { glanceSection } from '../glance/section.js';
import { html } from '../html.js';
import { Links, page, VOID_PATH } from '../layout.js';
import type { SiteModel } from '../model.js';
import { resourceLink, resourceMeta } from './parts.js';

/** The filters of the index page: the facets people most often narrow by. */
const FILTERS = [
  ['country', 'Country'],
  ['beneficiary', 'Beneficiaries'],
  ['type', 'Type'],
] as const;

/** A dump file the index links to: its path under the site root and how the link reads. */
export interface IndexDump {
  file: string;
  path: string;
  title: string;
}

/**
 * The home page: every resource, with a filter form worked by a small inline script
 * (each item carries its codes in `data-country`, `data-beneficiary` and `data-type`).
 */
export function indexPage(site: SiteModel, jsonLd: unknown, dumps: readonly IndexDump[] = []): string {
  const links = Links.from('');
  const counts = site.catalogue.facets();
  const records = site.catalogue.resources;
  const selects = FILTERS.map(([facet, name]) => {
    const options = FACETS[facet].codes.filter((code) => counts[facet][code as never] > 0);
    return html`<label>${name} <select name="${facet}"><option value="">All</option>
${options.map((code) => html`<option value="${code}">${label(code)} (${counts[facet][code as never]})</option>\n`)}</select></label>\n`;
  });
  // The catalogue at a glance: records per country on a map, per type and beneficiary as bars; each links to its list.
  const glance = glanceSection(counts, (code) => links.page(site.conceptPath(code)));
  const body = html`<h1>${site.info.title}</h1>
<p class="description">${site.info.description}</p>
${glance}
<form id="filters" hidden>
${selects}<label>Words <input name="q" type="search" autocomplete="off"></label>
</form>
<p><span id="shown">${records.length}</span> of ${records.length} resources shown. Browse also by ${FILTERS.map(
    ([facet, name], i) =>
      html`${i ? ', ' : ''}<a href="${links.page(site.schemePath(site.concept(FACETS[facet].codes[0]).scheme.id))}">${name.toLowerCase()}</a>`,
  )}, or take the <a href="${links.page(site.datasetPath)}">full downloads</a>.</p>
<p class="about">This data: the <a href="${links.page(site.cataloguePath)}">catalogue</a>, the <a href="${links.page(site.datasetPath)}">dataset</a>, its <a href="${links.file(VOID_PATH)}">VoID description</a>${dumps.length ? html`, and the dumps: ${dumps.map((d, i) => html`${i ? ', ' : ''}<a href="${links.file(d.path)}">${d.title}</a>`)}` : ''}.</p>
<ol id="resources" class="resources">
${records.map(
  (r) =>
    html`<li data-country="${r.countries.join(' ')}" data-beneficiary="${r.beneficiaries.join(' ')}" data-type="${r.type}">${resourceLink(site, links, r)} <span class="meta">${resourceMeta(r)}</span></li>\n`,
)}</ol>`;
  return page({
    path: '',
    links,
    chrome: site.chrome,
    title: 'Resources',
    description: site.info.description,
    jsonLd,
    alternates: true,
    body,
    script: FILTER_SCRIPT,
  });
}
