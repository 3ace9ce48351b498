/** HTTP content negotiation (RFC 9110 §12.5.1): the `Accept` header against the media types a document is offered in. */

/** One media range of an `Accept` header. */
export interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

/**
 * Parses an `Accept` header. Parameters other than `q` are ignored (none of the served types takes any);
 * malformed ranges are skipped. A missing header, or one without a single valid range, means `*\/*`
 * (RFC 9110 lets a server ignore an Accept header it cannot parse).
 */
export function parseAccept(header: string | undefined): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of (header ?? '').split(',')) {
    const [mediaType = '', ...params] = part.split(';').map((s) => s.trim());
    const m = /^([\w.+*!#$&^-]+)\/([\w.+*!#$&^-]+)$/.exec(mediaType.toLowerCase());
    if (!m || (m[1] === '*' && m[2] !== '*')) continue;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split('=').map((s) => s.trim());
      if (name?.toLowerCase() === 'q') {
        const n = Number(value);
        q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value ?? '') ? n : NaN;
      }
    }
    if (!Number.isNaN(q)) ranges.push({ type: m[1]!, subtype: m[2]!, q });
  }
  return ranges.length ? ranges : [{ type: '*', subtype: '*', q: 1 }];
}

/** 3 for an exact match, 2 for `type/*`, 1 for `*\/*`, 0 for none. */
function specificity(range: MediaRange, type: string, subtype: string): number {
  if (range.type === type && range.subtype === subtype) return 3;
  if (range.type === type && range.subtype === '*') return 2;
  if (range.type === '*') return 1;
  return 0;
}

/** The quality the client gives a media type: that of the most specific range matching it, 0 if none does. */
export function quality(ranges: readonly MediaRange[], mediaType: string): number {
  const [type = '', subtype = ''] = mediaType.toLowerCase().split('/');
  let best = 0;
  let q = 0;
  for (const range of ranges) {
    const s = specificity(range, type, subtype);
    if (s > best) {
      best = s;
      q = range.q;
    } else if (s === best && s > 0) q = Math.max(q, range.q);
  }
  return q;
}

/**
 * The offered media type the client prefers: highest quality above 0; ties go to the earlier offer
 * (the server's preference). `undefined` when nothing offered is acceptable (answer 406).
 */
export function negotiate(acceptHeader: string | undefined, offers: readonly string[]): string | undefined {
  const ranges = parseAccept(acceptHeader);
  let chosen: string | undefined;
  let best = 0;
  for (const offer of offers) {
    const q = quality(ranges, offer);
    if (q > best) {
      best = q;
      chosen = offer;
    }
  }
  return chosen;
}
