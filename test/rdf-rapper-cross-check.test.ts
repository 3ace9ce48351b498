/**
 * Cross-check with a third, non-JavaScript parser: raptor2's `rapper` reads the Turtle and N-Triples
 * dumps without a warning and finds exactly the graph n3 finds. Skipped when `rapper` is not installed
 * (`apt-get install raptor2-utils`; the CI script installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DCAT_FILE } from '../src/publish/dumps.js';
import { type EmittedInTemp, emitToTemp, parseRdf, tripleKeys } from './helpers/rdf.js';

const hasRapper = spawnSync('rapper', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasRapper) console.warn('rdf-rapper-cross-check: `rapper` not found (apt-get install raptor2-utils); skipping the raptor2 cross-check');

let dumps: EmittedInTemp;
beforeAll(async () => {
  if (hasRapper) dumps = await emitToTemp();
});

describe.skipIf(!hasRapper)('raptor2 rapper reads the dumps', () => {
  for (const [file, syntax] of [
    ['catalogue.ttl', 'turtle'],
    ['catalogue.nt', 'ntriples'],
    ['vocab.ttl', 'turtle'],
    [DCAT_FILE, 'turtle'],
  ] as const) {
    it(`${file}: no warning or error, same graph as n3`, () => {
      const result = spawnSync('rapper', ['-i', syntax, '-o', 'ntriples', join(dumps.dir, file)], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(result.status).toBe(0);
      expect(result.stderr.split('\n').filter((l) => /warning|error/i.test(l))).toEqual([]);
      const ours = parseRdf(dumps.read(file), syntax === 'turtle' ? 'text/turtle' : 'application/n-triples');
      expect(tripleKeys(parseRdf(result.stdout, 'application/n-triples'))).toEqual(tripleKeys(ours));
    });
  }

  it('rapper rejects broken Turtle (the check can fail)', () => {
    expect(() => execFileSync('rapper', ['-i', 'turtle', '-q', '-', 'http://example.org/'], { input: '<a> <b> "unterminated .', stdio: 'pipe' })).toThrow();
  });
});
