/** `withCode` accepts exactly the codes of the field named, like the record's own type. */
import { expectTypeOf, test } from 'vitest';
import type { Catalogue, CodeOf, CountryCode, EducationLevelCode, Resource, ResourceTypeCode } from '../../../src/index.js';

test('CodeOf gives the code type of a field', () => {
  expectTypeOf<CodeOf<'countries'>>().toEqualTypeOf<CountryCode>();
  expectTypeOf<CodeOf<'type'>>().toEqualTypeOf<ResourceTypeCode>();
  expectTypeOf<CodeOf<'educationLevels'>>().toEqualTypeOf<EducationLevelCode>();
});

test('withCode rejects a code of another field', () => {
  const catalogue = {} as Catalogue;
  expectTypeOf(catalogue.withCode('countries', 'ES')).toEqualTypeOf<Resource[]>();
  // @ts-expect-error: 'ES' is a country, not an education level
  catalogue.withCode('educationLevels', 'ES');
});
