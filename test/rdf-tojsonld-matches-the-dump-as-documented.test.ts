/**
 * What the `toJsonLd` doc says: with the build's file facts it is the `catalogue.jsonld` dump byte for
 * byte; without them it is the same graph less the distributions' sizes and checksums, and nothing else.
 */
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { DUMP_FILES } from '../src/rdf/dump-files.js';
import { toJsonLd } from '../src/rdf/index.js';
import { NS } from '../src/rdf/namespaces.js';
import { type EmittedInTemp, emitToTemp, parseRdf, TEST_RELEASE_DATE, tripleKeys } from './helpers/rdf.js';

/** What only the written files can tell: sizes and checksums (the predicates the doc names). */
const FILE_FACTS = [`${NS.dcat}byteSize`, `${NS.spdx}checksum`, `${NS.spdx}algorithm`, `${NS.spdx}checksumValue`];

const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`offline: refusing to load ${url}`);
};

async function keysOfJsonLd(doc: object): Promise<string[]> {
  const nquads = (await jsonld.toRDF(doc, {
    format: 'application/n-quads',
    safe: true,
    documentLoader: offlineLoader,
  } as jsonld.Options.ToRdf)) as unknown as string;
  return tripleKeys(parseRdf(nquads, 'application/n-triples'));
}

let dumps: EmittedInTemp;
beforeAll(async () => {
  dumps = await emitToTemp();
});

describe('toJsonLd, as its doc says', () => {
  it('given the build’s file facts and release date, is the catalogue.jsonld dump byte for byte', () => {
    const files = Object.fromEntries(DUMP_FILES.map((f) => [f.format, dumps.files[f.file]]));
    expect(JSON.stringify(toJsonLd(undefined, { modified: TEST_RELEASE_DATE, files }), null, 2) + '\n').toBe(dumps.read('catalogue.jsonld'));
  });

  it('without them, lacks exactly the sizes and checksums of the distributions', async () => {
    const dump = await keysOfJsonLd(JSON.parse(dumps.read('catalogue.jsonld')));
    const bare = await keysOfJsonLd(toJsonLd(undefined, { modified: TEST_RELEASE_DATE }));
    const missing = dump.filter((k) => !bare.includes(k));
    expect(bare.filter((k) => !dump.includes(k))).toEqual([]);
    expect(missing.length).toBeGreaterThan(0);
    // The checksum nodes and the algorithm they name come only with the checksums.
    const objectsOf = (p: string) => missing.filter((k) => k.split(' ')[1] === `NamedNode:${p}`).map((k) => k.split(' ')[2]);
    const checksumNodes = new Set([...objectsOf(`${NS.spdx}checksum`), ...objectsOf(`${NS.spdx}algorithm`)]);
    const unexplained = missing.filter((k) => {
      const [subject, predicate] = k.split(' ');
      return !FILE_FACTS.some((p) => predicate === `NamedNode:${p}`) && !checksumNodes.has(subject);
    });
    expect(unexplained).toEqual([]);
  });
});
