/** src/export/json.ts: the records as JSON, every default filled in, read back to the same records. */
import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/export/json.js';
import { ResourceSchema } from '../../../src/schema.js';
import { SAMPLE } from '../helpers/records.js';

describe('toJson', () => {
  it('pretty-prints with two spaces and ends with a newline, like the data files', () => {
    expect(toJson([])).toBe('[]\n');
    const text = toJson(SAMPLE.slice(0, 1));
    expect(text.startsWith('[\n  {\n    "slug": "second-chance-schools-spain",\n')).toBe(true);
    expect(text.endsWith('\n]\n')).toBe(true);
  });

  it('gives back the same records when parsed, each one still valid', () => {
    const parsed = JSON.parse(toJson(SAMPLE)) as unknown[];
    expect(parsed).toEqual(SAMPLE);
    for (const r of parsed) expect(ResourceSchema.parse(r)).toEqual(r);
  });

  it('writes every list, empty or not, so readers need no defaults of their own', () => {
    const [first] = JSON.parse(toJson(SAMPLE.slice(2, 3))) as Array<Record<string, unknown>>;
    for (const list of ['languages', 'organisations', 'downloads', 'topics', 'keywords', 'educationLevels', 'curated']) expect(first![list], list).toEqual([]);
  });
});
