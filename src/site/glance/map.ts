import type { AnyCode } from '../../generated/vocabulary.js';
import { countryCodes } from '../../generated/vocabulary.js';
import { label } from '../../vocabulary.js';
import { html, type SafeHtml } from '../html.js';
import { type CountClass, classLabel, classOf, countClasses, FILLS, records } from './classes.js';
import { type CountryShape, type EuropeShapes, europeShapes } from './europe-shapes.js';
import { ISO_NUMERIC } from './iso-numeric.js';

/** What the map shows and where its countries link to. */
export interface RecordsMapOptions {
  /** Records per country code, `EU` included (e.g. `facets().country`); missing codes count 0. */
  counts: Readonly<Partial<Record<string, number>>>;
  /** The page listing a code's records (e.g. its concept page), relative to the page showing the map. */
  linkFor: (code: string) => string;
  /** A code's name (default: its English label). */
  nameFor?: (code: string) => string;
  /** Id of the caption, unique on the page (default `records-map`). */
  id?: string;
}

/** Countries drawn smaller than this (square viewBox units) also get a round marker, big enough to see and click. */
const MARKER_BELOW_AREA = 150;
const MARKER_RADIUS = 7;

/**
 * A map of Europe shaded by records per country, as an inline SVG figure with its legend: each country
 * with records is a link to `linkFor(code)` named "Spain: 4 records"; countries without records are
 * grey and link nowhere; `EU`-level records, which have no shape, are counted in a sentence below.
 * No script, no inline style (the site's CSP allows neither), and the same input gives the same bytes.
 */
export function recordsMap(options: RecordsMapOptions, shapes: EuropeShapes = europeShapes()): SafeHtml {
  const { counts, linkFor, nameFor = (code: string) => label(code as AnyCode), id = 'records-map' } = options;
  const byNumeric = new Map(Object.entries(ISO_NUMERIC).map(([code, numeric]) => [numeric, code]));
  const drawn = shapes.shapes.map((shape) => ({ shape, code: byNumeric.get(shape.id) }));
  const ours = drawn
    .flatMap(({ shape, code }) => (code ? [{ shape, code, name: nameFor(code), count: counts[code] ?? 0 }] : []))
    .sort((a, b) => layer(a.shape, a.count) - layer(b.shape, b.count) || a.name.localeCompare(b.name, 'en'));
  const classes = countClasses(Math.max(0, ...ours.map((c) => c.count)));
  const eu = counts.EU ?? 0;
  const svg = html`<svg class="map" viewBox="0 0 ${shapes.width} ${shapes.height}" role="group" aria-labelledby="${id}">
<rect width="${shapes.width}" height="${shapes.height}" fill="${FILLS.sea}"/>
<g aria-hidden="true" fill="${FILLS.outside}" stroke="${FILLS.border}" stroke-width="0.8" stroke-linejoin="round">
${drawn.filter((d) => !d.code).map(({ shape }) => html`<path d="${shape.d}"/>\n`)}</g>
<g stroke="${FILLS.border}" stroke-width="0.8" stroke-linejoin="round">
${ours.map((c) => country(c.shape, c.name, c.count, classOf(c.count, classes), c.count > 0 ? linkFor(c.code) : undefined))}</g>
</svg>`;
  return html`<figure class="glance-map">
<figcaption id="${id}">Records per country</figcaption>
${svg}
${legend(classes)}
${eu > 0 ? html`<p class="glance-note">Not on the map: <a href="${linkFor('EU')}">${records(eu)}</a> at ${nameFor('EU')} level.</p>\n` : ''}</figure>
`;
}

/**
 * Drawing order: grey countries, then shaded ones (so a focused link's outline is not hidden by a
 * neighbour), then small states with their markers on top of everything.
 */
function layer(shape: CountryShape, count: number): number {
  return (shape.area < MARKER_BELOW_AREA ? 2 : 0) + (count > 0 ? 1 : 0);
}

/** One country: a grey shape, or a shaded link named by the country and its count. */
function country(shape: CountryShape, name: string, count: number, cls: CountClass | undefined, href: string | undefined): SafeHtml {
  const fill = cls?.fill ?? FILLS.noRecords;
  const title = `${name}: ${count > 0 ? records(count) : 'no records'}`;
  const marker = shape.area < MARKER_BELOW_AREA ? html`<circle cx="${shape.centre[0]}" cy="${shape.centre[1]}" r="${MARKER_RADIUS}" fill="${fill}"/>` : '';
  const body = html`<title>${title}</title><path d="${shape.d}" fill="${fill}"/>${marker}`;
  return href === undefined ? html`<g>${body}</g>\n` : html`<a href="${href}">${body}</a>\n`;
}

/** The key to the colours: each count class, then the two greys. */
function legend(classes: readonly CountClass[]): SafeHtml {
  const rows: Array<[string, string]> = [
    ...classes.map((c): [string, string] => [c.fill, classLabel(c)]),
    [FILLS.noRecords, 'No records'],
    [FILLS.outside, 'Not a country of the toolkit'],
  ];
  return html`<ul class="legend">
${rows.map(([fill, text]) => html`<li>${swatch(fill)} ${text}</li>\n`)}</ul>`;
}

function swatch(fill: string): SafeHtml {
  return html`<svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><rect x="0.5" y="0.5" width="15" height="15" fill="${fill}" stroke="#888"/></svg>`;
}

/** Vocabulary countries with no shape on the map (none today; a test keeps it so). */
export function undrawnCountries(shapes: EuropeShapes = europeShapes()): string[] {
  const ids = new Set(shapes.shapes.map((s) => s.id));
  return countryCodes.filter((code) => code !== 'EU' && !ids.has(ISO_NUMERIC[code]));
}
