/** The pure HTTP rules of the server: request targets, Host lines, entity tags, dates and byte ranges. */
import { describe, expect, it } from 'vitest';
import { entityTags, noneMatchHolds, notModified } from '../../../src/server/preconditions.js';
import { ifRangeHolds, requestedRange } from '../../../src/server/ranges.js';
import { hasOneHost, targetPath } from '../../../src/server/request-target.js';

describe('request targets', () => {
  it.each([
    ['/resource/x?q=1', '/resource/x'],
    ['http://example.org/resource/x?q=1', '/resource/x'],
    ['HTTPS://example.org:8443/a/b', '/a/b'],
    ['http://example.org', '/'],
    ['http://example.org?x', '/'],
    ['ftp://example.org/x', undefined],
    ['*', undefined],
    ['example.org:443', undefined],
  ])('%s → %s', (target, path) => expect(targetPath(target)).toBe(path));

  it('counts Host lines whatever their case', () => {
    expect(hasOneHost(['Host', 'a', 'Accept', '*/*'])).toBe(true);
    expect(hasOneHost(['Host', 'a', 'host', 'b'])).toBe(false);
    expect(hasOneHost(['Accept', '*/*'])).toBe(false);
  });
});

describe('If-None-Match and If-Modified-Since', () => {
  it('parses tag lists, weak tags and the wildcard', () => {
    expect(entityTags('W/"a", "b,c" ,"d"')).toEqual([
      { weak: true, opaque: '"a"' },
      { weak: false, opaque: '"b,c"' },
      { weak: false, opaque: '"d"' },
    ]);
    expect(entityTags(' * ')).toBe('*');
  });

  it('compares weakly', () => {
    expect(noneMatchHolds('W/"x"', '"x"')).toBe(true);
    expect(noneMatchHolds('"x"', 'W/"x"')).toBe(true);
    expect(noneMatchHolds('"y", "z"', '"x"')).toBe(false);
    expect(noneMatchHolds('*', '"x"')).toBe(true);
  });

  it('lets If-None-Match decide when present, and compares dates to the second', () => {
    const modified = Date.parse('Tue, 01 Sep 2026 10:00:00 GMT') + 700;
    expect(notModified({ 'if-modified-since': 'Tue, 01 Sep 2026 10:00:00 GMT' }, '"x"', modified)).toBe(true);
    expect(notModified({ 'if-modified-since': 'Tue, 01 Sep 2026 09:59:59 GMT' }, '"x"', modified)).toBe(false);
    expect(notModified({ 'if-modified-since': 'garbage' }, '"x"', modified)).toBe(false);
    expect(notModified({ 'if-none-match': '"y"', 'if-modified-since': 'Tue, 01 Sep 2026 10:00:00 GMT' }, '"x"', modified)).toBe(false);
  });
});

describe('byte ranges', () => {
  it.each([
    ['bytes=0-0', { start: 0, end: 0 }],
    ['bytes=5-', { start: 5, end: 9 }],
    ['bytes=-3', { start: 7, end: 9 }],
    ['bytes=-30', { start: 0, end: 9 }],
    ['BYTES=2-400', { start: 2, end: 9 }],
    ['bytes=10-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=4-3', undefined],
    ['bytes=-', undefined],
    ['bytes=1-2,4-5', undefined],
    ['items=1-2', undefined],
    [undefined, undefined],
  ])('%s of 10 bytes → %j', (header, expected) => expect(requestedRange(header, 10)).toEqual(expected));

  it('sends a zero-length file whole', () => expect(requestedRange('bytes=-5', 0)).toBeUndefined());

  it('applies a Range only while If-Range names the file by its strong tag or exact date', () => {
    expect(ifRangeHolds(undefined, '"x"', 'd')).toBe(true);
    expect(ifRangeHolds('"x"', '"x"', 'd')).toBe(true);
    expect(ifRangeHolds('W/"x"', '"x"', 'd')).toBe(false);
    expect(ifRangeHolds('"y"', '"x"', 'd')).toBe(false);
    expect(ifRangeHolds('Tue, 01 Sep 2026 10:00:00 GMT', '"x"', 'Tue, 01 Sep 2026 10:00:00 GMT')).toBe(true);
    expect(ifRangeHolds('Tue, 01 Sep 2026 10:00:01 GMT', '"x"', 'Tue, 01 Sep 2026 10:00:00 GMT')).toBe(false);
  });
});
