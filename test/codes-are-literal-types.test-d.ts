import { describe, expectTypeOf, it } from 'vitest';
import { byBeneficiary, byCountry, byType, type CountryCode, type LanguageCode, query, type Resource, type ResourceTypeCode } from '../src/index.js';

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
