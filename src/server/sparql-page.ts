/** The HTML form at `/sparql`, for people: a query box with an example, answered in a format of their choice. */
import { html } from '../site/html.js';
import { type Chrome, Links, page } from '../site/layout.js';

/** A first query that shows the shape of the data: resources per country. */
export const EXAMPLE_QUERY = `PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?country (COUNT(DISTINCT ?resource) AS ?resources) WHERE {
  ?resource dct:spatial ?place .
  ?place skos:prefLabel ?country .
  FILTER(lang(?country) = "en")
} GROUP BY ?country ORDER BY DESC(?resources)`;

/** The form page; `path` is where the endpoint is served. */
export function sparqlFormPage(chrome: Chrome, path: string, limits: { timeoutMs: number; maxResults: number }): string {
  // The site's pages forbid forms; this one submits to the endpoint itself.
  const formChrome = { ...chrome, csp: chrome.csp.replace("form-action 'none'", "form-action 'self'") };
  const body = html`<h1>SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 over the catalogue, its DCAT description and its vocabularies. Queries may run
${limits.timeoutMs / 1000} s and return ${limits.maxResults} results; updates are refused.
Programs can send <code>GET ${path}?query=…</code> or <code>POST</code> (<code>application/sparql-query</code> or a form),
and choose the result format with <code>Accept</code>.</p>
<form method="get" action="${path}">
<p><label for="query">Query</label><br><textarea id="query" name="query" rows="12" cols="90">${EXAMPLE_QUERY}</textarea></p>
<p><label for="format">Results as</label> <select id="format" name="format">
<option value="application/sparql-results+json">SPARQL JSON (SELECT, ASK)</option>
<option value="text/csv">CSV (SELECT, ASK)</option>
<option value="text/tab-separated-values">TSV (SELECT, ASK)</option>
<option value="application/sparql-results+xml">SPARQL XML (SELECT, ASK)</option>
<option value="text/turtle">Turtle (CONSTRUCT, DESCRIBE)</option>
<option value="application/ld+json">JSON-LD (CONSTRUCT, DESCRIBE)</option>
</select> <button type="submit">Run</button></p>
</form>`;
  return page({ links: new Links('/'), chrome: formChrome, title: 'SPARQL endpoint', body });
}
