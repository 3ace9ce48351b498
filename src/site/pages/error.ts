import { html, type SafeHtml } from '../html.js';
import { Links, page, type Chrome } from '../layout.js';

/** A link offered on an error page. */
export interface Suggestion {
  href: string;
  text: string;
}

/**
 * A page for a failed request (404, 406, …). Its links start at the server root (`/`),
 * since it may be shown at any path.
 */
export function errorPage(chrome: Chrome, title: string, message: SafeHtml, suggestions: readonly Suggestion[] = []): string {
  const links = new Links('/');
  const body = html`<h1>${title}</h1>
${message}
${suggestions.length ? html`<ul class="suggestions">\n${suggestions.map((s) => html`<li><a href="${s.href}">${s.text}</a></li>\n`)}</ul>` : ''}
<p><a href="${links.page('')}">All resources</a> · <a href="${links.page(chrome.cataloguePath)}">The catalogue</a></p>`;
  return page({ links, chrome, title, body });
}
