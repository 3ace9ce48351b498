/**
 * Each index is built when first needed: facet queries and counts never read the texts (the word index is
 * built by the first text query or search), and creating a catalogue reads nothing.
 */
import { describe, expect, it } from 'vitest';
import { Catalogue, type Resource } from '../../../src/index.js';

/** Records whose searched texts count how often they are read. */
function watchedRecords(n: number) {
  const reads = { text: 0, codes: 0 };
  const records = Array.from({ length: n }, (_, i) => {
    const r = {
      slug: `r-${i}`,
      subtitle: undefined,
      keywords: [] as string[],
      beneficiaries: [],
      languages: [],
      topics: [],
      initiativeTypes: [],
      educationLevels: [],
    } as Record<string, unknown>;
    Object.defineProperty(r, 'title', {
      get: () => {
        reads.text++;
        return `Title ${i}`;
      },
      enumerable: true,
    });
    Object.defineProperty(r, 'description', {
      get: () => {
        reads.text++;
        return 'Second chance';
      },
      enumerable: true,
    });
    Object.defineProperty(r, 'type', {
      get: () => {
        reads.codes++;
        return 'tool';
      },
      enumerable: true,
    });
    Object.defineProperty(r, 'countries', {
      get: () => {
        reads.codes++;
        return i % 2 ? ['DE'] : ['ES'];
      },
      enumerable: true,
    });
    return r as unknown as Resource;
  });
  return { records, reads };
}

describe('a catalogue', () => {
  it('reads nothing when created', () => {
    const { records, reads } = watchedRecords(10);
    new Catalogue(records);
    expect(reads).toEqual({ text: 0, codes: 0 });
  });

  it('answers facet queries and counts without reading any text, indexing the codes once', () => {
    const { records, reads } = watchedRecords(10);
    const catalogue = new Catalogue(records);
    expect(catalogue.query({ country: 'DE' })).toHaveLength(5);
    expect(catalogue.facets({ type: 'tool' }).country.ES).toBe(5);
    expect(reads.text).toBe(0);
    const codeReads = reads.codes;
    catalogue.query({ country: 'ES', type: 'tool' });
    expect(reads.codes).toBe(codeReads);
  });

  it('builds the word index on the first text query, once', () => {
    const { records, reads } = watchedRecords(10);
    const catalogue = new Catalogue(records);
    expect(catalogue.search('second', { country: 'DE' })).toHaveLength(5);
    const textReads = reads.text;
    expect(textReads).toBeGreaterThan(0);
    catalogue.query({ text: 'chance' });
    catalogue.search('title 3');
    expect(reads.text).toBe(textReads);
  });
});
