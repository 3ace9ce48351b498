import { type Resource, TOOLKIT_PAGE_PREFIX } from '../schema.js';

/**
 * A resource page of the toolkit as stored copies name it: any UI language, the old (/toolkits/) or new (/tools/)
 * path, http or https, with or without a query string. Group 1 is the path below `resources/`.
 */
const TOOLKIT_RESOURCE_PAGE =
  /^https?:\/\/www\.cedefop\.europa\.eu\/[a-z]{2}\/(?:tools|toolkits)\/vet-toolkit-tackling-early-leaving\/resources\/((?:[^/?#]+\/)*[^/?#]+)(?:[?#].*)?$/;

/** The canonical URL (https, /en/ UI, /tools/ path, no query) of the toolkit resource page `url` is a copy of, if it is one. */
export function canonicalToolkitPage(url: string): string | undefined {
  const path = TOOLKIT_RESOURCE_PAGE.exec(url)?.[1];
  return path === undefined ? undefined : TOOLKIT_PAGE_PREFIX + path;
}

/** The canonical URL of the record's own toolkit page if any page it was seen on is a copy of it (its last segment is the slug). */
export function ownPageSeen(record: Pick<Resource, 'slug' | 'sourceUrl' | 'seenAt'>): string | undefined {
  for (const url of [record.sourceUrl, ...record.seenAt]) {
    const page = canonicalToolkitPage(url);
    if (page?.endsWith(`/${record.slug}`)) return page;
  }
  return undefined;
}

/**
 * What is wrong with a record's `pageUrl` against the pages it was seen on: when set, it must be the canonical URL of
 * a page among `sourceUrl` and `seenAt` (an own page is only known from a stored copy, never guessed from the slug).
 * A record without `pageUrl` is fine here: a data folder of one's own may not record own pages at all.
 */
export function pageUrlProblem(record: Pick<Resource, 'slug' | 'sourceUrl' | 'seenAt' | 'pageUrl'>): string | undefined {
  if (record.pageUrl === undefined) return undefined;
  const seen = ownPageSeen(record);
  if (seen === undefined) return 'no copy of this page is among sourceUrl and seenAt';
  if (record.pageUrl !== seen) return `must be ${seen}, the canonical form of the own page it was seen on`;
  return undefined;
}
