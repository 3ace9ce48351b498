/**
 * `npx tsx scripts/preview-glance.ts [dir]`: a page with the catalogue at a glance for the package's own
 * records (`glance.html` and the site's `style.css` in `dir`, default the system's temp folder), framed
 * and restricted by the site's own layout and CSP, to look at in a browser or screenshot headless.
 */

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import type { AnyCode } from '../src/generated/vocabulary.js';
import { facets } from '../src/query.js';
import { conceptIri, schemeIri } from '../src/rdf/iri.js';
import { glanceSection } from '../src/site/glance/section.js';
import { html } from '../src/site/html.js';
import { Links, page } from '../src/site/layout.js';
import { chromeFor } from '../src/site/model.js';
import { STYLE_CSS } from '../src/site/style.js';
import { getConcept } from '../src/vocabulary.js';

const dir = process.argv[2] ?? tmpdir();
const links = Links.from('');
const base = catalogueInfo.baseIri;
const linkFor = (code: string) => links.page(conceptIri(getConcept(code as AnyCode).scheme, code, base).slice(base.length));
const body = html`<h1>The catalogue at a glance</h1>
${glanceSection(facets(), linkFor)}<p>Scheme pages: <a href="${links.page(schemeIri('country', base).slice(base.length))}">countries</a>.</p>`;
writeFileSync(join(dir, 'style.css'), STYLE_CSS);
writeFileSync(join(dir, 'glance.html'), page({ path: '', links, chrome: chromeFor(), title: 'At a glance', body }));
console.log(`preview-glance: ${join(dir, 'glance.html')}`);
