import type { AnyCode } from '../../generated/vocabulary.js';
import { label } from '../../vocabulary.js';
import { html, type SafeHtml } from '../html.js';

/** What one bar chart shows. */
export interface CountBarsOptions {
  /** The table's caption, e.g. "Records per type". */
  caption: string;
  /** Header of the label column, e.g. "Type". */
  heading: string;
  /** Records per code (e.g. `facets().type`); every key is a row, zeros included. */
  counts: Readonly<Partial<Record<string, number>>>;
  /** The page listing a code's records; without it the labels are plain text. */
  linkFor?: (code: string) => string;
  /** A code's name (default: its English label). */
  nameFor?: (code: string) => string;
}

/** Bar lengths are in hundredths of the longest bar, to one decimal. */
const FULL = 100;
const BAR_FILL = '#2c7fb8';

/**
 * Counts as a table of horizontal bars, longest first: each row the code's name (a link to its records
 * when it has any), a bar drawn to scale and the count as text. The bars are inline SVG hidden from
 * screen readers, which read the name and the number; no inline style, so the site's CSP holds.
 */
export function countBars(options: CountBarsOptions): SafeHtml {
  const { caption, heading, counts, linkFor, nameFor = (code: string) => label(code as AnyCode) } = options;
  const rows = Object.entries(counts)
    .map(([code, count = 0]) => ({ code, count, name: nameFor(code) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
  const max = Math.max(1, ...rows.map((r) => r.count));
  return html`<table class="bars">
<caption>${caption}</caption>
<thead><tr><th scope="col">${heading}</th><th scope="col">Records</th></tr></thead>
<tbody>
${rows.map(
  (r) =>
    html`<tr><th scope="row">${r.count > 0 && linkFor ? html`<a href="${linkFor(r.code)}">${r.name}</a>` : r.name}</th><td>${bar(r.count / max)}<span class="count">${r.count}</span></td></tr>\n`,
)}</tbody>
</table>
`;
}

function bar(share: number): SafeHtml {
  const length = Math.round(share * FULL * 10) / 10;
  return html`<svg class="bar" viewBox="0 0 ${FULL} 10" preserveAspectRatio="none" width="200" height="14" aria-hidden="true">${
    length > 0 ? html`<rect width="${length}" height="10" fill="${BAR_FILL}"/>` : ''
  }</svg>`;
}
