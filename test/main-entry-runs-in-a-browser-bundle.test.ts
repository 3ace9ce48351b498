import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import * as node from '../src/index.js';
import * as nodeLabels from '../src/labels-entry.js';
import { ROOT } from './helpers/project.js';

type Entry = typeof node;

/** The same calls, asked of the browser bundle and of the package in Node. */
const CALLS: Array<[string, (elet: Entry) => unknown]> = [
  ['resources', (elet) => elet.resources],
  ["byCountry('ES')", (elet) => elet.byCountry('ES')],
  ["byBeneficiary('early-leavers')", (elet) => elet.byBeneficiary('early-leavers')],
  ["byType('publication')", (elet) => elet.byType('publication')],
  ["query({ country: ['ES', 'IT'], type: 'good-practice' })", (elet) => elet.query({ country: ['ES', 'IT'], type: 'good-practice' })],
  ["query({ text: 'ecole deuxieme' }) (accents and case folded)", (elet) => elet.query({ text: 'ecole deuxieme' })],
  ['facets()', (elet) => elet.facets()],
  ["facets({ country: 'ES' })", (elet) => elet.facets({ country: 'ES' })],
  ["getResource('second-chance-schools-spain')", (elet) => elet.getResource('second-chance-schools-spain')],
  ["label('ES')", (elet) => elet.label('ES')],
  ["getConcept('ES')", (elet) => elet.getConcept('ES')],
  ["authorityIri('ES')", (elet) => elet.authorityIri('ES')],
  ['countryCodes', (elet) => elet.countryCodes],
  ['catalogueInfo', (elet) => elet.catalogueInfo],
  ['version', (elet) => elet.version],
  ["toCsv(byCountry('ES'))", (elet) => elet.toCsv(elet.byCountry('ES'))],
];

/** Plain JSON: objects made in the bundle's context have that context's prototypes. */
const plain = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

describe('the package root entry', () => {
  let inputs: string[];
  let browser: Entry;

  beforeAll(async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'elet',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    inputs = Object.keys(result.metafile.inputs);
    // A bare context: no require, process, Buffer or module, as in a browser.
    const context: { elet?: Entry } = {};
    runInNewContext(result.outputFiles[0]!.text, context);
    browser = context.elet!;
  });

  it('bundles for the browser with no Node built-in, zod or RDF library', () => {
    expect(inputs.filter((p) => p.includes('node_modules'))).toEqual([]);
    expect(inputs.some((p) => /schema\.ts$/.test(p))).toBe(false);
  });

  it.each(CALLS)('answers %s in a context without Node globals exactly as Node does', (_, call) => {
    const expected = plain(call(node));
    // Not vacuous: every call has an answer worth comparing.
    expect(expected).not.toEqual(undefined);
    expect(expected).not.toEqual([]);
    expect(plain(call(browser))).toEqual(expected);
  });

  it('refuses an unknown code with the same error', () => {
    const thrown = (elet: Entry) => {
      try {
        elet.query({ country: 'XX' as never });
      } catch (error) {
        // The bundle's RangeError is its own context's class: compare name and message.
        return { name: (error as Error).name, message: (error as Error).message };
      }
      return undefined;
    };
    expect(thrown(node)).toEqual({ name: 'RangeError', message: 'unknown country code "XX"' });
    expect(thrown(browser)).toEqual(thrown(node));
  });
});

describe('the labels entry (elet-resources/labels)', () => {
  let browser: typeof nodeLabels;

  beforeAll(async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src/labels-entry.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'eletLabels',
      write: false,
      logLevel: 'silent',
    });
    const context: { eletLabels?: typeof nodeLabels } = {};
    runInNewContext(result.outputFiles[0]!.text, context);
    browser = context.eletLabels!;
  });

  it('answers in a context without Node globals exactly as Node does', () => {
    const calls = (labels: typeof nodeLabels) => [labels.label('ES', 'de'), labels.label('ES', 'pt-BR'), labels.prefLabels('ES'), labels.labelLanguages];
    expect(plain(calls(browser))).toEqual(plain(calls(nodeLabels)));
    expect(browser.label('ES', 'de')).toBe('Spanien');
  });
});
