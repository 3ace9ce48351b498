import { describe, expect, it } from 'vitest';
import { negotiate, parseAccept, quality } from '../../../src/server/negotiate.js';

const OFFERS = ['text/html', 'application/xhtml+xml', 'text/turtle', 'application/ld+json', 'application/n-triples', 'application/json'];

describe('Accept header parsing', () => {
  it('reads media ranges with q-values and ignores other parameters', () => {
    expect(parseAccept('text/turtle;q=0.5, application/ld+json; profile="x"; q=0.9, */*;q=0')).toEqual([
      { type: 'text', subtype: 'turtle', q: 0.5 },
      { type: 'application', subtype: 'ld+json', q: 0.9 },
      { type: '*', subtype: '*', q: 0 },
    ]);
  });

  it('skips malformed ranges and invalid q-values, and treats an unparseable header as */*', () => {
    expect(parseAccept('text, */turtle, text/turtle;q=2, text/html;q=abc, application/n-triples')).toEqual([
      { type: 'application', subtype: 'n-triples', q: 1 },
    ]);
    expect(parseAccept('garbage')).toEqual([{ type: '*', subtype: '*', q: 1 }]);
    expect(parseAccept(undefined)).toEqual([{ type: '*', subtype: '*', q: 1 }]);
  });

  it('gives a type the quality of the most specific range matching it', () => {
    const ranges = parseAccept('text/*;q=0.3, text/turtle;q=0.8, */*;q=0.1');
    expect(quality(ranges, 'text/turtle')).toBe(0.8);
    expect(quality(ranges, 'text/html')).toBe(0.3);
    expect(quality(ranges, 'application/ld+json')).toBe(0.1);
    expect(quality(parseAccept('text/turtle;q=0, */*'), 'text/turtle')).toBe(0);
  });
});

describe('choosing a representation', () => {
  it.each([
    ['text/turtle', 'text/turtle'],
    ['application/ld+json', 'application/ld+json'],
    ['application/n-triples', 'application/n-triples'],
    ['application/json', 'application/json'],
    // What Chromium sends for a page.
    ['text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', 'text/html'],
    ['*/*', 'text/html'],
    [undefined, 'text/html'],
    ['text/turtle;q=0.5, application/ld+json;q=0.9', 'application/ld+json'],
    ['application/ld+json;q=0.9, text/turtle', 'text/turtle'],
    ['text/*', 'text/html'],
    ['text/*, text/html;q=0', 'text/turtle'],
    ['TEXT/Turtle', 'text/turtle'],
  ])('Accept %s → %s', (accept, expected) => {
    expect(negotiate(accept, OFFERS)).toBe(expected);
  });

  it('finds nothing acceptable when every offer is excluded or unmatched (406)', () => {
    expect(negotiate('image/png', OFFERS)).toBeUndefined();
    expect(negotiate('text/html;q=0, application/*;q=0, text/turtle;q=0', OFFERS)).toBeUndefined();
  });
});

describe('the fine print of RFC 9110', () => {
  it('takes q-values with at most three decimals, between 0 and 1, and the parameter name in any case', () => {
    expect(parseAccept('text/turtle;q=0.125').map((r) => r.q)).toEqual([0.125]);
    expect(parseAccept('text/turtle;Q=0.5').map((r) => r.q)).toEqual([0.5]);
    expect(parseAccept('text/turtle;q=1.000, text/html;q=0.').map((r) => r.q)).toEqual([1, 0]);
    // Each of these is malformed, so the range is dropped (and with nothing left, the header means */*).
    for (const q of ['0.1234', '1.001', '-0.5', '.5', '']) expect(parseAccept(`text/turtle;q=${q}`), q).toEqual([{ type: '*', subtype: '*', q: 1 }]);
  });

  it('tolerates spaces around ranges and parameters, and an empty header', () => {
    expect(parseAccept('  text/turtle ;  q=0.5 ,application/ld+json  ')).toEqual([
      { type: 'text', subtype: 'turtle', q: 0.5 },
      { type: 'application', subtype: 'ld+json', q: 1 },
    ]);
    expect(parseAccept('')).toEqual([{ type: '*', subtype: '*', q: 1 }]);
  });

  it('gives a type listed twice at the same specificity its higher quality', () => {
    expect(quality(parseAccept('text/turtle;q=0.2, text/turtle;q=0.7'), 'text/turtle')).toBe(0.7);
  });

  it("breaks a tie in the client's quality by the server's order of offers", () => {
    expect(negotiate('text/turtle, application/ld+json', ['application/ld+json', 'text/turtle'])).toBe('application/ld+json');
    expect(negotiate('text/turtle, application/ld+json', ['text/turtle', 'application/ld+json'])).toBe('text/turtle');
  });

  it('lets a q=0 on an exact type override a wildcard that would allow it', () => {
    expect(negotiate('*/*, text/html;q=0', ['text/html', 'text/turtle'])).toBe('text/turtle');
    expect(negotiate('text/*;q=0, text/turtle', ['text/html', 'text/turtle'])).toBe('text/turtle');
  });
});
