/**
 * The dumps pass the DCAT-AP 3.0.1 SHACL shapes (base, ranges, controlled vocabularies) with zero
 * violations, both alone (they type and place every authority IRI themselves) and with the EU
 * authority tables as background data, as the official validator runs them. Warnings are counted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DCAT_FILE } from '../src/publish/dumps.js';
import { type EmittedInTemp, emitToTemp, parseRdf } from './helpers/rdf.js';
import { ADVISORY_SHAPES, euBackground, MANDATORY_SHAPES, validateDcatAp } from './helpers/shacl.js';

let dumps: EmittedInTemp;
beforeAll(async () => {
  dumps = await emitToTemp();
});

describe('DCAT-AP 3.0.1 SHACL', () => {
  for (const file of ['catalogue.ttl', DCAT_FILE]) {
    it(`${file}: zero violations on its own (no background knowledge)`, async () => {
      const outcome = await validateDcatAp(MANDATORY_SHAPES, parseRdf(dumps.read(file)));
      expect(outcome.violations).toEqual([]);
    });

    it(`${file}: zero violations with the EU authority tables as background; warnings counted`, async () => {
      const data = parseRdf(dumps.read(file));
      const mandatory = await validateDcatAp(MANDATORY_SHAPES, [...data, ...euBackground(data)]);
      expect(mandatory.violations).toEqual([]);
      const advisory = await validateDcatAp(ADVISORY_SHAPES, data);
      expect(advisory.violations).toEqual([]);
      console.log(
        `SHACL ${file}: 0 violations, ${mandatory.warnings.length + advisory.warnings.length} warnings ` +
          `(${mandatory.warnings.length} controlled-vocabulary, ${advisory.warnings.length} recommended/deprecated)`,
      );
    });
  }

  it('reports a violation when a mandatory property is missing (the check can fail)', async () => {
    const data = parseRdf(dumps.read(DCAT_FILE)).filter(
      (q) => !(q.predicate.value === 'http://purl.org/dc/terms/title' && q.subject.value.endsWith('/dataset')),
    );
    const outcome = await validateDcatAp(MANDATORY_SHAPES, data);
    expect(outcome.violations.some((v) => v.includes('/dataset http://purl.org/dc/terms/title'))).toBe(true);
  });
});
