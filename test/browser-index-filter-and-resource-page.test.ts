/**
 * Drives Debian's Chromium over the built site on loopback: filter the index by a country, open a
 * resource page, read its embedded JSON-LD; follow a country of the index's map to its records; and check
 * that a record full of markup runs no script. `ELET_SCREENSHOTS=<dir>` keeps the screenshots for a look.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../src/package-catalogue.js';
import { resourceIri } from '../src/rdf/iri.js';
import { type RunningServer, startServer } from '../src/server/server.js';
import { buildSite } from '../src/site/build.js';
import { label } from '../src/vocabulary.js';
import { EVIL_DESCRIPTION, EVIL_SLUG, EVIL_TITLE, evilRecord } from './helpers/evil-record.js';

const CHROMIUM = '/usr/bin/chromium';
const COUNTRY = 'ES';

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does`);
  dir = mkdtempSync(join(tmpdir(), 'elet-browser-'));
  await buildSite({ outDir: join(dir, 'site'), resources: [...resources, evilRecord()] });
  server = await startServer({ root: join(dir, 'site'), port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.text()} (${message.location().url})`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the site in Chromium', () => {
  it('filters the index by country, opens a resource and finds it named in the embedded JSON-LD', async () => {
    const inCountry = resources.filter((r) => r.countries.includes(COUNTRY));
    await page.goto(server.url);
    const items = page.locator('#resources > li');
    expect(await items.count()).toBe(resources.length + 1);
    // The form is shown by the page's own script: this fails if the CSP hash does not match the script.
    await expect.poll(() => page.locator('#filters').isVisible()).toBe(true);

    await page.selectOption('select[name="country"]', COUNTRY);
    expect(await page.locator('#resources > li:visible').count()).toBe(inCountry.length);
    expect(await page.locator('#shown').textContent()).toBe(String(inCountry.length));
    expect(new URL(page.url()).searchParams.get('country')).toBe(COUNTRY);
    const shownTitles = await page.locator('#resources > li:visible > a').allTextContents();
    expect(shownTitles).toEqual(inCountry.map((r) => r.title));

    const target = inCountry[0]!;
    await page.locator('#resources > li:visible > a').first().click();
    await page.waitForURL(`**/resource/${target.slug}.html`);
    expect(await page.locator('h1').textContent()).toBe(target.title);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(jsonLd['@id']).toBe(resourceIri(target.slug));
    expect(jsonLd.name).toEqual({ '@value': target.title, '@language': 'en' });

    const shot = join(dir, 'resource-page.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(1000);
    expect(pageErrors).toEqual([]);
  });

  it('shows the catalogue at a glance: a map whose country links lead to its own records', async () => {
    const published = [...resources, evilRecord()];
    const inCountry = published.filter((r) => (r.countries as readonly string[]).includes(COUNTRY));
    await page.goto(server.url);
    const map = page.locator('figure.glance-map');
    await expect.poll(() => map.isVisible()).toBe(true);
    const shot = join(process.env.ELET_SCREENSHOTS ?? dir, 'index-at-a-glance.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);

    // Screen readers get the name and count as text; the link is the country's shape.
    const name = `${label(COUNTRY)}: ${inCountry.length} record${inCountry.length === 1 ? '' : 's'}`;
    const link = map.getByRole('link', { name, exact: true });
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`**/vocab/country/${COUNTRY}.html`);
    const listed = await page.locator('main a[href*="resource/"]').allTextContents();
    for (const r of inCountry) expect(listed, r.slug).toContain(r.title);
    expect(pageErrors).toEqual([]);
  });

  it('keeps a filtered view in the address, so it can be linked', async () => {
    await page.goto(`${server.url}?type=statistics`);
    const expected = resources.filter((r) => r.type === 'statistics').length;
    await expect.poll(() => page.locator('#resources > li:visible').count()).toBe(expected);
    expect(await page.locator('select[name="type"]').inputValue()).toBe('statistics');
  });

  it('shows markup from a record as text and runs none of it', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}resource/${EVIL_SLUG}`);
    expect(await page.locator('h1').textContent()).toBe(EVIL_TITLE);
    expect(await page.locator('.description').textContent()).toBe(EVIL_DESCRIPTION);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1); // only the JSON-LD block
    expect(await page.locator('img, iframe, svg, b, style').count()).toBe(0);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, { '@value': string }>;
    expect([jsonLd.name!['@value'], jsonLd.description!['@value']]).toEqual([EVIL_TITLE, EVIL_DESCRIPTION]);
    await page.goto(server.url);
    expect(await page.locator(`#resources a[href="resource/${EVIL_SLUG}.html"]`).textContent()).toBe(EVIL_TITLE);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
