import { escapeHtml } from './html.js';

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * `sitemap.xml` for the given page URLs (absolute), each with `lastmod` = `modified`, the release date
 * (never the clock: a rebuild of the same release gives the same file). Over {@link SITEMAP_LIMIT} URLs,
 * `sitemap.xml` becomes an index of `sitemap-1.xml`, `sitemap-2.xml`, … (at `siteUrl`) as the protocol requires.
 * @returns file name → content.
 */
export function sitemaps(urls: readonly string[], siteUrl: string, modified: string): Map<string, string> {
  const lastmod = `<lastmod>${escapeHtml(modified)}</lastmod>`;
  const urlset = (list: readonly string[]) =>
    `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${list.map((u) => `<url><loc>${escapeHtml(u)}</loc>${lastmod}</url>\n`).join('')}</urlset>\n`;
  if (urls.length <= SITEMAP_LIMIT) return new Map([['sitemap.xml', urlset(urls)]]);
  const files = new Map<string, string>();
  for (let i = 0; i * SITEMAP_LIMIT < urls.length; i++) files.set(`sitemap-${i + 1}.xml`, urlset(urls.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT)));
  const index = [...files.keys()].map((name) => `<sitemap><loc>${escapeHtml(siteUrl + name)}</loc>${lastmod}</sitemap>\n`).join('');
  files.set('sitemap.xml', `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}</sitemapindex>\n`);
  return files;
}

/** `robots.txt`: everything may be crawled; the sitemap is named by its absolute URL, as the protocol asks. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`;
}
