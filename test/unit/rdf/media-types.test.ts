import { describe, expect, it } from 'vitest';
import { ianaMediaTypeIri, mediaTypeOf } from '../../../src/rdf/media-types.js';
import { NS } from '../../../src/rdf/namespaces.js';

describe('mediaTypeOf', () => {
  it('guesses from the extension of the URL path, ignoring case, query and fragment', () => {
    expect(mediaTypeOf('https://example.org/report.pdf')).toBe('application/pdf');
    expect(mediaTypeOf('https://example.org/Data.XLSX?download=1#top')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('guesses nothing without an extension in the last segment, or for one not listed', () => {
    expect(mediaTypeOf('https://example.org/files.d/report')).toBeUndefined();
    expect(mediaTypeOf('https://example.org/download?file=a.pdf')).toBeUndefined();
    expect(mediaTypeOf('https://example.org/page.html')).toBeUndefined();
  });
});

describe('ianaMediaTypeIri', () => {
  it('places the media type under the IANA registry', () => {
    expect(ianaMediaTypeIri('text/csv')).toBe(`${NS.iana}text/csv`);
  });
});
