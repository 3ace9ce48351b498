/**
 * src/code-fields.ts is the one table of code fields: the facets, the curatable fields and each field's vocabulary
 * must all be read from it, so adding a row is all it takes. Each check derives the expectation from the table itself.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CODE_FIELD_NAMES,
  CODE_FIELDS,
  type CodeFieldSpec,
  CURATABLE_FIELDS,
  FACET_NAMES,
  FACETS,
  type FacetCode,
  schemeOfField,
} from '../../src/code-fields.js';
import type { CountryCode, InitiativeTypeCode, ResourceTypeCode } from '../../src/generated/vocabulary.js';
import { CURATABLE_FACETS, ResourceSchema } from '../../src/schema.js';
import { conceptEntry } from '../../src/vocabulary.js';

const rows = Object.entries(CODE_FIELDS) as Array<[keyof typeof CODE_FIELDS, CodeFieldSpec]>;

describe('the code-field table', () => {
  it('lists its fields in table order', () => {
    expect(CODE_FIELD_NAMES).toEqual(rows.map(([field]) => field));
  });

  it('makes a facet of exactly the rows that name one, reading that field and its codes', () => {
    const withFacet = rows.filter(([, row]) => row.facet !== undefined);
    expect(FACET_NAMES).toEqual(withFacet.map(([, row]) => row.facet));
    expect(Object.keys(FACETS)).toEqual(FACET_NAMES);
    for (const [field, row] of withFacet) {
      const facet = FACETS[row.facet as keyof typeof FACETS];
      expect(facet.field, row.facet).toBe(field);
      expect(facet.codes, row.facet).toBe(row.codes); // the very list, not a copy that could drift
    }
  });

  it('lets curation assign exactly the rows marked curatable, and the schema accepts exactly those in `curated`', () => {
    const curatable = rows.filter(([, row]) => row.curatable).map(([field]) => field);
    expect(CURATABLE_FIELDS).toEqual(curatable);
    expect(CURATABLE_FACETS).toEqual(curatable);
    const curatedOptions = (ResourceSchema.shape.curated.unwrap().element as unknown as { options: string[] }).options;
    expect(curatedOptions).toEqual(curatable);
  });

  it('finds for each field the one vocabulary that holds all of its codes', () => {
    for (const [field, row] of rows) {
      const scheme = schemeOfField(field);
      expect(
        scheme.concepts.map((c) => c.code),
        field,
      ).toEqual([...row.codes]);
      for (const code of row.codes) expect(conceptEntry(code)?.scheme.id, `${field}: ${code}`).toBe(scheme.id);
    }
  });

  it('freezes what it derives, so no caller can change it for everyone', () => {
    expect(Object.isFrozen(FACETS)).toBe(true);
    expect(Object.isFrozen(FACETS.country)).toBe(true);
    expect(Object.isFrozen(FACET_NAMES)).toBe(true);
    expect(Object.isFrozen(CURATABLE_FIELDS)).toBe(true);
  });

  it('types each facet with the literal union of its codes', () => {
    expectTypeOf<FacetCode['country']>().toEqualTypeOf<CountryCode>();
    expectTypeOf<FacetCode['type']>().toEqualTypeOf<ResourceTypeCode>();
    expectTypeOf<FacetCode['initiativeType']>().toEqualTypeOf<InitiativeTypeCode>();
  });
});
