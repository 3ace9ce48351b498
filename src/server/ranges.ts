/** Byte ranges (RFC 9110 §14): which part of a file a `Range` request gets. */

/** The bytes to send, both ends included. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The range a GET asks for in a file of `size` bytes: a {@link ByteRange} (answer 206), `'unsatisfiable'`
 * (answer 416), or `undefined` to send the whole file (no Range, another unit, invalid syntax, an empty file,
 * or several ranges: a server MAY answer those whole, and it spares us multipart bodies).
 */
export function requestedRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  const m = /^bytes=[ \t]*(\d*)-(\d*)[ \t]*$/i.exec(header ?? '');
  if (!m || size === 0) return undefined;
  const [, first = '', last = ''] = m;
  if (first === '') {
    if (last === '') return undefined;
    const suffix = Number(last);
    return suffix === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return undefined; // invalid: ignored
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

/**
 * Whether `If-Range` lets the Range apply: absent, or naming the current representation by its strong tag
 * or its exact `Last-Modified` date (§13.1.5). Otherwise the whole file is sent.
 */
export function ifRangeHolds(header: string | undefined, etag: string, lastModified: string): boolean {
  if (header === undefined) return true;
  const value = header.trim();
  if (value.startsWith('"') || value.startsWith('W/')) return value === etag && !etag.startsWith('W/');
  return value === lastModified;
}
