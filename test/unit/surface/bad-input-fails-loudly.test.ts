import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../../src/catalogue.js';
import { label as labelIn, prefLabels } from '../../../src/labels.js';
import { byBeneficiary, byCountry, byType, facets, query, search } from '../../../src/query.js';
import { authorityIri, getConcept, label } from '../../../src/vocabulary.js';

// What untyped callers (JavaScript, JSON) can pass; the casts stand for "no type checker".
const untyped = <T>(value: unknown) => value as T;
const catalogue = new Catalogue([]);

const cases: [string, () => unknown, typeof TypeError | typeof RangeError][] = [
  ["query({ countries: ['ES'] }) (unknown key)", () => query(untyped({ countries: ['ES'] })), RangeError],
  ["facets({ lang: 'de' }) (unknown key)", () => facets(untyped({ lang: 'de' })), RangeError],
  ["search('x', { countrys: 'ES' }) (unknown key)", () => search('school', untyped({ countrys: 'ES' })), RangeError],
  ["query('ES') (not an object)", () => query(untyped('ES')), TypeError],
  ['query(null)', () => query(untyped(null)), TypeError],
  ["query(['ES'])", () => query(untyped(['ES'])), TypeError],
  ['query({ country: null })', () => query(untyped({ country: null })), TypeError],
  ['query({ country: 7 })', () => query(untyped({ country: 7 })), TypeError],
  ["query({ country: { code: 'ES' } })", () => query(untyped({ country: { code: 'ES' } })), TypeError],
  ["query({ country: ['ES', null] })", () => query(untyped({ country: ['ES', null] })), TypeError],
  ["query({ country: 'XX' })", () => query(untyped({ country: 'XX' })), RangeError],
  ["query({ text: ' ¿?! ' }) (no word)", () => query({ text: ' ¿?! ' }), RangeError],
  ["query({ text: '' }) (no word)", () => query({ text: '' }), RangeError],
  ['query({ text: 42 })', () => query(untyped({ text: 42 })), TypeError],
  ["search('...') (no word)", () => search('...'), RangeError],
  ['search(undefined)', () => search(untyped(undefined)), TypeError],
  ['byCountry(undefined)', () => byCountry(untyped(undefined)), TypeError],
  ['byCountry(null)', () => byCountry(untyped(null)), TypeError],
  ["byCountry('XX')", () => byCountry(untyped('XX')), RangeError],
  ['byBeneficiary(1)', () => byBeneficiary(untyped(1)), TypeError],
  ["byType('good-practices')", () => byType(untyped('good-practices')), RangeError],
  ["withCode('topics', 3)", () => catalogue.withCode('topics', untyped(3)), TypeError],
  ["withCode('topics', 'constructor')", () => catalogue.withCode('topics', untyped('constructor')), RangeError],
  ["label('XX')", () => label(untyped('XX')), RangeError],
  ["label('constructor')", () => label(untyped('constructor')), RangeError],
  ["label('__proto__')", () => label(untyped('__proto__')), RangeError],
  ['label(null)', () => label(untyped(null)), TypeError],
  ["label('ES', 'constructor') (not a language tag)", () => label('ES', untyped('constructor')), RangeError],
  ["label('ES', '__proto__')", () => label('ES', untyped('__proto__')), RangeError],
  ["label('ES', 'de_DE')", () => label('ES', untyped('de_DE')), RangeError],
  ["label('ES', 3)", () => label('ES', untyped(3)), TypeError],
  ["label('ES', 'de') (the root has English only)", () => label('ES', untyped('de')), RangeError],
  ["labels: label('XX')", () => labelIn(untyped('XX')), RangeError],
  ["labels: label('constructor')", () => labelIn(untyped('constructor')), RangeError],
  ['labels: label(null)', () => labelIn(untyped(null)), TypeError],
  ["labels: label('ES', 'constructor') (not a language tag)", () => labelIn('ES', 'constructor'), RangeError],
  ["labels: label('ES', '__proto__')", () => labelIn('ES', '__proto__'), RangeError],
  ["labels: label('ES', 'de_DE')", () => labelIn('ES', 'de_DE'), RangeError],
  ["labels: label('ES', 3)", () => labelIn('ES', untyped(3)), TypeError],
  ["labels: prefLabels('XX')", () => prefLabels(untyped('XX')), RangeError],
  ["labels: prefLabels('__proto__')", () => prefLabels(untyped('__proto__')), RangeError],
  ['labels: prefLabels(undefined)', () => prefLabels(untyped(undefined)), TypeError],
  ["getConcept('XX')", () => getConcept(untyped('XX')), RangeError],
  ["getConcept('toString')", () => getConcept(untyped('toString')), RangeError],
  ["authorityIri('XX')", () => authorityIri(untyped('XX')), RangeError],
  ['authorityIri({})', () => authorityIri(untyped({})), TypeError],
];

describe('bad input from untyped callers fails loudly, the same way everywhere', () => {
  it.each(cases)('%s throws', (_, call, kind) => {
    expect(call).toThrow(kind);
  });

  it('an unknown code is the same RangeError for label, authorityIri and getConcept, and in the labels entry', () => {
    const messages = [label, authorityIri, getConcept, labelIn, prefLabels].map((f) => {
      try {
        f(untyped('XX'));
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    });
    expect(new Set(messages)).toEqual(new Set(['unknown vocabulary code "XX"']));
  });

  it("the root's label answers in English only, and names the labels entry for any other language", () => {
    expect(label('ES')).toBe('Spain');
    expect(label('ES', 'en')).toBe('Spain');
    // Any English tag, in any case, as the labels entry would answer it.
    expect(label('ES', untyped('EN-gb'))).toBe('Spain');
    expect(() => label('ES', untyped('de'))).toThrow('the package root has English labels only: for "de", import { label } from \'elet-resources/labels\'');
    // Not silently English for a language no label is in either.
    expect(() => label('good-practice', untyped('haw'))).toThrow(/elet-resources\/labels/);
  });

  it('filters with undefined values and good codes still work', () => {
    expect(query(untyped({ country: undefined })).length).toBeGreaterThan(0);
    expect(byCountry('ES').length).toBeGreaterThan(0);
  });
});
