/**
 * elet-resources: the resources of Cedefop's VET toolkit for tackling early leaving, as typed, validated data.
 *
 * This entry holds no Node-only code and loads neither zod nor the RDF libraries, so it runs in browsers too.
 * RDF serialisation lives in `elet-resources/rdf`, validation in `elet-resources/schema`.
 * @packageDocumentation
 */

export type { CodeOf, FacetCode, FacetCounts, FacetName, OneOrMany, ResourceFilter } from './catalogue.js';
export { Catalogue, FACETS } from './catalogue.js';
export type { CodeField, CodeFieldSpec, CodeFieldTable, CuratableField, FacetField, FacetRow } from './code-fields.js';
export { CODE_FIELDS } from './code-fields.js';
export { CSV_COLUMNS, toCsv } from './export/csv.js';
export { toJson } from './export/json.js';
export { catalogueInfo } from './generated/catalogue-info.js';
export { version } from './generated/version.js';
export type {
  AnyCode,
  BeneficiaryCode,
  CountryCode,
  EducationLevelCode,
  ImplementationLevelCode,
  ImplementationStageCode,
  InitiativeTypeCode,
  LanguageCode,
  ResourceTypeCode,
  TopicCode,
} from './generated/vocabulary.js';
export {
  beneficiaryCodes,
  countryCodes,
  educationLevelCodes,
  implementationLevelCodes,
  implementationStageCodes,
  initiativeTypeCodes,
  languageCodes,
  resourceTypeCodes,
  schemes,
  topicCodes,
} from './generated/vocabulary.js';
export { catalogue, resources } from './package-catalogue.js';
export { byBeneficiary, byCountry, byType, facets, getResource, query, search } from './query.js';
export type { Download, OriginalTitle, Resource, Size, TitleSource, TypeSource } from './resource.js';
export type { CatalogueInfo, ReleasedCatalogueInfo, ResourceInput } from './schema.js';
export { authorityIri, getConcept, label } from './vocabulary.js';
export type { MatchProperty, VocabularyConcept, VocabularyScheme } from './vocabulary-types.js';
export { MATCH_PROPERTIES } from './vocabulary-types.js';
