/**
 * Every distribution in the DCAT description names a file that was written, and states its real size
 * (and, for files that do not contain their own description, its real SHA-256) — in every dump.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../src/export/csv.js';
import { toJson } from '../src/export/json.js';
import { resources } from '../src/package-catalogue.js';
import { DCAT_FILE } from '../src/publish/dumps.js';
import { DUMP_FILES } from '../src/rdf/dump-files.js';
import { distributionIri, dumpUrl } from '../src/rdf/iri.js';
import { type EmittedInTemp, emitToTemp, parseRdf } from './helpers/rdf.js';

const DCAT = 'http://www.w3.org/ns/dcat#';
const SPDX = 'http://spdx.org/rdf/terms#';

let dumps: EmittedInTemp;
beforeAll(async () => {
  dumps = await emitToTemp();
});

function stated(file: string) {
  const quads = parseRdf(dumps.read(file), file.endsWith('.nt') ? 'application/n-triples' : 'text/turtle');
  const value = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
  return DUMP_FILES.map((f) => {
    const distribution = distributionIri(f.format);
    const [size] = value(distribution, `${DCAT}byteSize`);
    const [checksum] = value(distribution, `${SPDX}checksum`);
    const [hash] = checksum ? value(checksum.value, `${SPDX}checksumValue`) : [];
    return {
      f,
      download: value(distribution, `${DCAT}downloadURL`)[0]?.value,
      size,
      sha256: hash?.value,
    };
  });
}

describe('distribution sizes and checksums', () => {
  it('writes exactly the described files plus the stand-alone description', () => {
    expect(readdirSync(dumps.dir).sort()).toEqual([...DUMP_FILES.map((f) => f.file), DCAT_FILE].sort());
  });

  for (const file of ['catalogue.ttl', 'catalogue.nt', DCAT_FILE]) {
    it(`${file}: every dcat:byteSize is the size of the file written, as xsd:nonNegativeInteger`, () => {
      for (const { f, size, download } of stated(file)) {
        expect(download).toBe(dumpUrl(f.file));
        expect(size?.termType).toBe('Literal');
        expect(size && 'datatype' in size ? size.datatype.value : '').toBe('http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
        expect(Number(size?.value), f.file).toBe(statSync(join(dumps.dir, f.file)).size);
      }
    });

    it(`${file}: checksums are the SHA-256 of the files that do not describe themselves`, () => {
      for (const { f, sha256 } of stated(file)) {
        if (f.describesItself) expect(sha256).toBeUndefined();
        else
          expect(sha256, f.file).toBe(
            createHash('sha256')
              .update(readFileSync(join(dumps.dir, f.file)))
              .digest('hex'),
          );
      }
    });
  }

  it('the JSON-LD dump states the same sizes', () => {
    const doc = JSON.parse(dumps.read('catalogue.jsonld')) as { '@graph': Record<string, unknown>[] };
    for (const f of DUMP_FILES) {
      const node = doc['@graph'].find((n) => n['@id'] === distributionIri(f.format));
      expect(Number(node?.['dcat:byteSize']), f.file).toBe(statSync(join(dumps.dir, f.file)).size);
    }
  });

  it('the emitter reports the same facts it wrote', () => {
    for (const f of [...DUMP_FILES.map((d) => d.file), DCAT_FILE]) expect(dumps.files[f]?.byteSize, f).toBe(statSync(join(dumps.dir, f)).size);
  });
});

describe('CSV and JSON dumps', () => {
  it('are exactly toCsv and toJson of the records, also when written in several slices', async () => {
    const many = Array.from({ length: 4_321 }, (_, i) => ({ ...resources[i % resources.length]!, slug: `copy-${i}-${resources[i % resources.length]!.slug}` }));
    for (const records of [resources, many]) {
      const out = await emitToTemp({ resources: records });
      expect(out.read('catalogue.csv')).toBe(toCsv(records));
      expect(out.read('catalogue.json')).toBe(toJson(records));
    }
  });
});
