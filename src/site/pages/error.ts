import { html, type SafeHtml } from '../html.js';
import { type Chrome, Links, page } from '../layout.js';

/** A link offered on an error page. */
export interface Suggestion {
  href: string;
  text: string;
}

/**
 * A page for a failed request (404, 406, …). It may be shown at any path, so its links are root-absolute:
 * from the server root (`/`) by default, or from the folder the site lives in on its host (`/elet-resources/`
 * on a GitHub Pages project site) for the static `404.html`.
 */
export function errorPage(chrome: Chrome, title: string, message: SafeHtml, suggestions: readonly Suggestion[] = [], root = '/'): string {
  const links = new Links(root);
  const body = html`<h1>${title}</h1>
${message}
${suggestions.length ? html`<ul class="suggestions">\n${suggestions.map((s) => html`<li><a href="${s.href}">${s.text}</a></li>\n`)}</ul>` : ''}
<p><a href="${links.page('')}">All resources</a> · <a href="${links.page(chrome.cataloguePath)}">The catalogue</a></p>`;
  return page({ links, chrome, title, body });
}
