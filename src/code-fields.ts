import {
  beneficiaryCodes,
  countryCodes,
  educationLevelCodes,
  implementationLevelCodes,
  implementationStageCodes,
  initiativeTypeCodes,
  languageCodes,
  resourceTypeCodes,
  topicCodes,
} from './generated/vocabulary.js';

/**
 * The record fields that hold vocabulary codes, each with the codes it accepts: the one place that ties a
 * field to its vocabulary, used by the schema (validation), the catalogue (facets) and the RDF mapping.
 */
export const CODE_FIELDS = {
  type: resourceTypeCodes,
  countries: countryCodes,
  beneficiaries: beneficiaryCodes,
  languages: languageCodes,
  topics: topicCodes,
  initiativeTypes: initiativeTypeCodes,
  educationLevels: educationLevelCodes,
  implementationLevels: implementationLevelCodes,
  implementationStages: implementationStageCodes,
} as const;

/** A record field holding codes. */
export type CodeField = keyof typeof CODE_FIELDS;
