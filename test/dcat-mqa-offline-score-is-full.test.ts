/**
 * The DCAT description scores every point of the data.europa.eu MQA rubric that can be scored offline
 * (all but the live URL checks), with DCAT-AP compliance taken from a SHACL run.
 */
import { Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { DCAT_FILE } from '../src/publish/dumps.js';
import { scoreMqa } from './helpers/mqa.js';
import { type EmittedInTemp, emitToTemp, parseRdf } from './helpers/rdf.js';
import { euBackground, MANDATORY_SHAPES, validateDcatAp } from './helpers/shacl.js';

let dumps: EmittedInTemp;
beforeAll(async () => {
  dumps = await emitToTemp();
});

describe('MQA offline score', () => {
  for (const file of ['catalogue.ttl', DCAT_FILE]) {
    it(`${file} scores the full offline maximum`, async () => {
      const data = parseRdf(dumps.read(file));
      const shacl = await validateDcatAp(MANDATORY_SHAPES, [...data, ...euBackground(data)]);
      const result = scoreMqa(new Store(data), shacl.violations.length === 0);
      console.log(
        `MQA ${file}: ${result.score}/${result.offlineMax} offline (rubric ${result.max}; ${result.max - result.offlineMax} points need live URL checks)\n` +
          result.indicators.map((i) => `  ${i.dimension} · ${i.name}: ${i.points ?? 'n/a'}/${i.max}`).join('\n'),
      );
      expect(result.max).toBe(405);
      expect(result.offlineMax).toBe(325);
      expect(result.score).toBe(result.offlineMax);
    });
  }

  it('loses points when a distribution lacks its size and licence (the scorer can fail)', () => {
    const data = parseRdf(dumps.read(DCAT_FILE)).filter((q) => !(q.subject.value.endsWith('/distribution/csv') && /byteSize|license/.test(q.predicate.value)));
    const result = scoreMqa(new Store(data), true);
    expect(result.score).toBeLessThan(result.offlineMax);
  });
});
