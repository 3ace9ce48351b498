import type { FacetCounts } from '../../catalogue.js';
import { html, type SafeHtml } from '../html.js';
import { countBars } from './bars.js';
import { recordsMap } from './map.js';

/**
 * The catalogue at a glance, for the index page: the map of records per country beside bars of the
 * records per type and per beneficiary. `linkFor` leads from the page showing it to a code's records.
 */
export function glanceSection(counts: FacetCounts, linkFor: (code: string) => string): SafeHtml {
  return html`<section class="glance" aria-label="The catalogue at a glance">
${recordsMap({ counts: counts.country, linkFor })}<div class="glance-bars">
${countBars({ caption: 'Records per type', heading: 'Type', counts: counts.type, linkFor })}${countBars({ caption: 'Records per beneficiary', heading: 'Beneficiaries', counts: counts.beneficiary, linkFor })}</div>
</section>
`;
}
