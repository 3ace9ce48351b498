/** Conditional requests (RFC 9110 §13): whether a GET or HEAD can be answered 304 Not Modified. */

/** The entity tags of an `If-None-Match` or `If-Match` list, each with its weakness; `'*'` for the wildcard. */
export function entityTags(header: string): Array<{ weak: boolean; opaque: string }> | '*' {
  if (header.trim() === '*') return '*';
  const tags: Array<{ weak: boolean; opaque: string }> = [];
  for (const m of header.matchAll(/(W\/)?("[\x21\x23-\x7e\x80-\xff]*")/g)) tags.push({ weak: m[1] !== undefined, opaque: m[2]! });
  return tags;
}

/** `If-None-Match` holds (answer 304) when it is `*` or lists the current tag, compared weakly (§13.1.2). */
export function noneMatchHolds(header: string, etag: string): boolean {
  const tags = entityTags(header);
  const opaque = etag.replace(/^W\//, '');
  return tags === '*' || tags.some((tag) => tag.opaque === opaque);
}

/** A valid HTTP date as milliseconds, else `undefined` (an invalid date makes the condition ignored). */
export function httpDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Whether the file can be answered 304: `If-None-Match` decides when present (§13.1.2), else
 * `If-Modified-Since` holds when the file has not changed since that date (to the second, as
 * `Last-Modified` is sent).
 */
export function notModified(headers: { 'if-none-match'?: string; 'if-modified-since'?: string }, etag: string, modifiedMs: number): boolean {
  const noneMatch = headers['if-none-match'];
  if (noneMatch !== undefined) return noneMatchHolds(noneMatch, etag);
  const since = httpDate(headers['if-modified-since']);
  return since !== undefined && Math.floor(modifiedMs / 1000) <= Math.floor(since / 1000);
}
