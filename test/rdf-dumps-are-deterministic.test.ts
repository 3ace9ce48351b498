/**
 * Two emissions of the same data are byte-identical, and the dump files are exactly what the public
 * functions return for the same options (one code path, no clock).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { releaseDate } from '../src/data/release-date.js';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import { DUMP_FILES } from '../src/rdf/dump-files.js';
import { toJsonLd, toNTriples, toTurtle } from '../src/rdf/index.js';
import { ROOT } from './helpers/project.js';
import { emitToTemp, TEST_RELEASE_DATE } from './helpers/rdf.js';

describe('deterministic dumps', () => {
  it('two emissions give byte-identical files', async () => {
    const a = await emitToTemp();
    const b = await emitToTemp();
    const files = readdirSync(a.dir).sort();
    expect(readdirSync(b.dir).sort()).toEqual(files);
    for (const f of files) expect(b.read(f), f).toBe(a.read(f));
  });

  it('the full dumps equal toTurtle/toNTriples/toJsonLd given the same file facts', async () => {
    const dumps = await emitToTemp();
    const files = Object.fromEntries(DUMP_FILES.map((f) => [f.format, dumps.files[f.file]]));
    const options = { modified: TEST_RELEASE_DATE, files };
    expect(toTurtle(undefined, options)).toBe(dumps.read('catalogue.ttl'));
    expect(toNTriples(undefined, options)).toBe(dumps.read('catalogue.nt'));
    expect(JSON.stringify(toJsonLd(undefined, options), null, 2) + '\n').toBe(dumps.read('catalogue.jsonld'));
  });

  it('the release date comes from the options, not the clock', async () => {
    const dumps = await emitToTemp({ modified: '2030-01-02' });
    expect(dumps.read('catalogue-dcat.ttl')).toContain('"2030-01-02"^^xsd:date');
    expect(dumps.modified).toBe('2030-01-02');
  });

  it('the build stamps the release date from SOURCE_DATE_EPOCH, never before the issued date', () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    try {
      process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2031, 4, 6) / 1000);
      expect(releaseDate(ROOT, catalogueInfo.issued)).toBe('2031-05-06');
      process.env.SOURCE_DATE_EPOCH = '0';
      expect(releaseDate(ROOT, catalogueInfo.issued)).toBe(catalogueInfo.issued);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });
});
