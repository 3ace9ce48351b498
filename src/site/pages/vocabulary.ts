import type { VocabularyConcept, VocabularyScheme } from '../../vocabulary-types.js';
import { html, safeHref } from '../html.js';
import { Links, page, VOCABULARIES_PATH } from '../layout.js';
import type { SiteModel } from '../model.js';
import { documentsOf, facts, resourceList } from './parts.js';

/** The page of one vocabulary concept: its labels, mappings, and every resource carrying it. */
export function conceptPage(site: SiteModel, scheme: VocabularyScheme, concept: VocabularyConcept, iri: string, jsonLd: unknown): string {
  const path = site.conceptPath(concept.code);
  const links = Links.from(path);
  const title = concept.prefLabel.en!;
  const records = site.resourcesWith(concept.code);
  const labels = Object.entries(concept.prefLabel).filter(([lang]) => lang !== 'en');
  const alt = Object.entries(concept.altLabel).flatMap(([lang, list]) => list.map((text) => html`<span lang="${lang}">${text}</span> (${lang})`));
  const matches = Object.entries(concept.matches).flatMap(([property, iris]) =>
    (iris ?? []).map((target) => html`<li>skos:${property} <a href="${safeHref(target)}">${target}</a></li>\n`),
  );
  const body = html`<article class="concept">
<p class="kind">Concept in <a href="${links.page(site.schemePath(scheme.id))}">${scheme.title}</a></p>
<h1>${title}</h1>
${concept.definition ? html`<p class="description">${concept.definition}</p>` : ''}
${facts([
  ['Code', html`<code>${concept.code}</code>`],
  ['Also called', alt.length ? html`${alt.map((a, i) => html`${i ? '; ' : ''}${a}`)}` : undefined],
])}
${matches.length ? html`<section><h2>Matches</h2><ul>\n${matches}</ul></section>` : ''}
${labels.length ? html`<section><h2>In other languages</h2><dl class="labels">\n${labels.map(([lang, text]) => html`<dt>${lang}</dt><dd lang="${lang}">${text}</dd>\n`)}</dl></section>` : ''}
<section><h2>Resources (${records.length})</h2>
${resourceList(site, links, records)}</section>
${documentsOf(links, path, iri)}
</article>`;
  return page({ path, links, chrome: site.chrome, title, description: concept.definition ?? `${title}: ${scheme.title}`, jsonLd, alternates: true, body });
}

/** The page of one concept scheme: its concepts with how many resources carry each. */
export function schemePage(site: SiteModel, scheme: VocabularyScheme, iri: string, jsonLd: unknown): string {
  const path = site.schemePath(scheme.id);
  const links = Links.from(path);
  const body = html`<article class="scheme">
<p class="kind"><a href="${links.page(VOCABULARIES_PATH)}">Vocabulary</a></p>
<h1>${scheme.title}</h1>
${scheme.description ? html`<p class="description">${scheme.description}</p>` : ''}
<table class="concepts"><thead><tr><th>Concept</th><th>Code</th><th>Resources</th></tr></thead><tbody>
${scheme.concepts.map(
  (c) =>
    html`<tr><td><a href="${links.page(site.conceptPath(c.code))}">${c.prefLabel.en!}</a></td><td><code>${c.code}</code></td><td>${site.resourcesWith(c.code).length}</td></tr>\n`,
)}</tbody></table>
${documentsOf(links, path, iri)}
</article>`;
  return page({ path, links, chrome: site.chrome, title: scheme.title, description: scheme.description ?? scheme.title, jsonLd, alternates: true, body });
}

/** The overview of every vocabulary (an HTML page only: `vocab` is not an IRI the catalogue mints). */
export function vocabulariesPage(site: SiteModel): string {
  const links = Links.from(VOCABULARIES_PATH);
  const body = html`<h1>Vocabularies</h1>
<p>The controlled vocabularies (SKOS concept schemes) that classify the resources, mapped to the EU authority tables and EuroVoc.</p>
<ul class="schemes">
${site.schemes.map(
  (s) =>
    html`<li><a href="${links.page(site.schemePath(s.id))}">${s.title}</a> <span class="meta">${s.concepts.length} concepts</span>${s.description ? html`<br>${s.description}` : ''}</li>\n`,
)}</ul>`;
  return page({ path: VOCABULARIES_PATH, links, chrome: site.chrome, title: 'Vocabularies', body });
}
