/**
 * src/site/sitemap.ts: one sitemap.xml up to the protocol's 50,000 URLs; past that, files of at most 50,000 URLs
 * each and a sitemap.xml that indexes them, every URL in exactly one file and in order.
 */
import { describe, expect, it } from 'vitest';
import { robotsTxt, SITEMAP_LIMIT, sitemaps } from '../../../src/site/sitemap.js';

const SITE = 'https://w3id.org/elet-resources/';
/** The release date: every URL's lastmod. */
const DAY = '2026-03-01';
const urls = (n: number) => Array.from({ length: n }, (_, i) => `${SITE}resource/r-${i}`);
/** The `<loc>` values of a sitemap file, unescaped. */
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
/** A long list as one string: compared at once, where a deep comparison walks 100,000 elements. */
const lines = (list: readonly string[]) => list.join('\n');

describe('sitemaps', () => {
  it('follows the protocol limit of 50,000 URLs per file', () => {
    expect(SITEMAP_LIMIT).toBe(50_000);
  });

  it('writes one sitemap.xml, a urlset of every URL, up to the limit', () => {
    const files = sitemaps(urls(3), SITE, DAY);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        `<url><loc>${SITE}resource/r-0</loc><lastmod>${DAY}</lastmod></url>\n<url><loc>${SITE}resource/r-1</loc><lastmod>${DAY}</lastmod></url>\n<url><loc>${SITE}resource/r-2</loc><lastmod>${DAY}</lastmod></url>\n` +
        '</urlset>\n',
    );
    const full = sitemaps(urls(SITEMAP_LIMIT), SITE, DAY);
    expect([...full.keys()]).toEqual(['sitemap.xml']);
    expect(lines(locs(full.get('sitemap.xml')!))).toBe(lines(urls(SITEMAP_LIMIT)));
  });

  it('splits one URL past the limit into two files and an index of them', () => {
    const all = urls(SITEMAP_LIMIT + 1);
    const files = sitemaps(all, SITE, DAY);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    expect(lines(locs(files.get('sitemap-1.xml')!))).toBe(lines(all.slice(0, SITEMAP_LIMIT)));
    expect(locs(files.get('sitemap-2.xml')!)).toEqual([all.at(-1)]);
    expect(files.get('sitemap.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        `<sitemap><loc>${SITE}sitemap-1.xml</loc><lastmod>${DAY}</lastmod></sitemap>\n<sitemap><loc>${SITE}sitemap-2.xml</loc><lastmod>${DAY}</lastmod></sitemap>\n` +
        '</sitemapindex>\n',
    );
  });

  it('puts every URL in exactly one file, in order, none over the limit', () => {
    const all = urls(2 * SITEMAP_LIMIT + 7);
    const files = sitemaps(all, SITE, DAY);
    const parts = locs(files.get('sitemap.xml')!).map((loc) => loc.slice(SITE.length));
    expect(parts).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const listed = parts.map((name) => locs(files.get(name)!));
    expect(listed.map((l) => l.length)).toEqual([SITEMAP_LIMIT, SITEMAP_LIMIT, 7]);
    expect(lines(listed.flat())).toBe(lines(all));
    for (const name of parts) {
      const xml = files.get(name)!;
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>'), name).toBe(
        true,
      );
      expect(xml.endsWith(`</loc><lastmod>${DAY}</lastmod></url>\n</urlset>\n`), name).toBe(true);
    }
  });

  it('escapes URLs for XML', () => {
    const xml = sitemaps([`${SITE}search?a=1&b=<2>`], SITE, DAY).get('sitemap.xml')!;
    expect(xml).toContain('<loc>https://w3id.org/elet-resources/search?a=1&amp;b=&lt;2&gt;</loc>');
  });

  it('gives every URL and every indexed file the release date as lastmod', () => {
    const small = sitemaps(urls(2), SITE, DAY).get('sitemap.xml')!;
    expect([...small.matchAll(/<url><loc>[^<]*<\/loc><lastmod>([^<]*)<\/lastmod><\/url>/g)].map((m) => m[1])).toEqual([DAY, DAY]);
    const index = sitemaps(urls(SITEMAP_LIMIT + 1), SITE, DAY).get('sitemap.xml')!;
    expect([...index.matchAll(/<sitemap><loc>[^<]*<\/loc><lastmod>([^<]*)<\/lastmod><\/sitemap>/g)].map((m) => m[1])).toEqual([DAY, DAY]);
  });

  it('robots.txt names the sitemap by its absolute URL', () => {
    expect(robotsTxt('https://example.github.io/elet-resources/')).toMatch(/^Sitemap: https:\/\/example\.github\.io\/elet-resources\/sitemap\.xml$/m);
  });
});
