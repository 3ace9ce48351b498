/**
 * data.europa.eu stores every harvested catalogue as DCAT-AP 2.1.1. `catalogue-dcat.ttl` passes the 2.1.1
 * shapes except where 2.1.1 contradicts 3.0.1, the profile it is written to (docs/modelling.md, "The DCAT-AP
 * description"): exactly two kinds of violation remain, one per distribution and one per checksum, and nothing else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DCAT_FILE } from '../src/publish/dumps.js';
import { DUMP_FILES } from '../src/rdf/index.js';
import { type EmittedInTemp, emitToTemp, parseRdf } from './helpers/rdf.js';
import { euBackground, SHAPES_2_1_1, validateDcatAp } from './helpers/shacl.js';

const BYTE_SIZE = 'http://www.w3.org/ns/dcat#byteSize';
const ALGORITHM = 'http://spdx.org/rdf/terms#algorithm';
const CHECKSUM = 'http://spdx.org/rdf/terms#checksum';

let dumps: EmittedInTemp;
beforeAll(async () => {
  dumps = await emitToTemp();
});

describe(`${DCAT_FILE} against DCAT-AP 2.1.1`, () => {
  it('fails only where 2.1.1 contradicts 3.0.1: byteSize as xsd:decimal and a SHA-1 checksum, once per distribution and checksum', async () => {
    const data = parseRdf(dumps.read(DCAT_FILE));
    const outcome = await validateDcatAp(SHAPES_2_1_1.mandatory, [...data, ...euBackground(data)]);
    const distributions = DUMP_FILES.length;
    // 3.0.1 requires xsd:nonNegativeInteger for dcat:byteSize, 2.1.1 xsd:decimal (sh:datatype is exact).
    const byteSize = outcome.violations.filter((v) => v.includes(` ${BYTE_SIZE}:`));
    // 3.0.1 requires the algorithm under https://spdx.org/rdf/terms; 2.1.1 exactly http://spdx.org/rdf/terms#checksumAlgorithm_sha1.
    const algorithm = outcome.violations.filter((v) => v.includes(` ${ALGORITHM}:`));
    expect(byteSize).toHaveLength(distributions);
    const checksums = data.filter((q) => q.predicate.value === CHECKSUM).length;
    expect(checksums).toBeGreaterThan(0);
    expect(algorithm).toHaveLength(checksums);
    expect(outcome.violations.filter((v) => !byteSize.includes(v) && !algorithm.includes(v))).toEqual([]);
    const advisory = await validateDcatAp(SHAPES_2_1_1.advisory, data);
    expect(advisory.violations).toEqual([]);
    console.log(
      `DCAT-AP 2.1.1 ${DCAT_FILE}: ${outcome.violations.length} violations, all the chosen 3.0.1 forms ` +
        `(${byteSize.length} byteSize datatype, ${algorithm.length} checksum algorithm); ` +
        `${outcome.warnings.length + advisory.warnings.length} warnings`,
    );
  });
});
