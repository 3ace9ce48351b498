import { describe, expectTypeOf, it } from 'vitest';
import { byBeneficiary, byCountry, byType, type CountryCode, type LanguageCode, label, query, type Resource, type ResourceTypeCode } from '../src/index.js';
import { type LabelLanguage, label as labelIn, labelLanguages, prefLabels } from '../src/labels-entry.js';

describe('codes are literal unions', () => {
  it('accepts real codes and rejects typos at compile time', () => {
    byCountry('ES');
    byCountry('EU');
    // @ts-expect-error 'SP' is not an ISO 3166-1 code of the vocabulary
    byCountry('SP');
    // @ts-expect-error nor is 'XX'
    byCountry('XX');
    // @ts-expect-error beneficiary codes are kebab-case slugs
    byBeneficiary('Migrants');
    // @ts-expect-error types are singular slugs
    byType('publications');
    // @ts-expect-error language codes are ISO 639-1
    query({ language: 'eng' });
    query({ country: ['ES', 'PT'], type: 'good-practice', language: 'en', text: 'school' });
  });

  it('infers record fields from the schema', () => {
    expectTypeOf<Resource['countries']>().toEqualTypeOf<readonly CountryCode[]>();
    expectTypeOf<Resource['type']>().toEqualTypeOf<ResourceTypeCode>();
    expectTypeOf<Resource['languages'][number]>().toEqualTypeOf<LanguageCode>();
    expectTypeOf<CountryCode>().toExtend<string>();
    expectTypeOf<'ES'>().toExtend<CountryCode>();
    expectTypeOf<'SP'>().not.toExtend<CountryCode>();
  });
});

describe('labels: English in the root, every language in elet-resources/labels', () => {
  it("rejects a language other than English in the root's label at compile time", () => {
    expectTypeOf(label('ES')).toEqualTypeOf<string>();
    expectTypeOf(label('ES', 'en')).toEqualTypeOf<string>();
    // @ts-expect-error the root has English labels only: label('ES', 'de') is in elet-resources/labels
    label('ES', 'de');
    expectTypeOf(label).parameter(1).toEqualTypeOf<'en' | undefined>();
  });

  it('takes any language tag in the labels entry, and codes as literal types there too', () => {
    expectTypeOf(labelIn('ES', 'de')).toEqualTypeOf<string>();
    expectTypeOf(labelIn('ES', 'pt-BR')).toEqualTypeOf<string>();
    // @ts-expect-error 'SP' is not a code of any vocabulary
    labelIn('SP', 'de');
    expectTypeOf(prefLabels('ES')).toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf<'de'>().toExtend<LabelLanguage>();
    expectTypeOf<'xx'>().not.toExtend<LabelLanguage>();
    expectTypeOf(labelLanguages).toExtend<readonly LabelLanguage[]>();
  });
});
