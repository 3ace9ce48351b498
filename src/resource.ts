/**
 * The published shape of a record: explicit, documented and deeply readonly (records are frozen), naming the code
 * types. The zod schema in schema.ts validates records; a type-level test keeps the two equal modulo `readonly`.
 */
import type { CuratableField } from './code-fields.js';
import type {
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
import type { TITLE_SOURCES, TYPE_SOURCES } from './schema.js';

/** A file size both as the toolkit shows it and in bytes. */
export interface Size {
  /** As the toolkit shows it, e.g. `"396.61 KB"` (KB = 1024 bytes). */
  readonly shown: string;
  /** The same size in bytes. */
  readonly bytes: number;
}

/** A file offered for download on the resource's page. */
export interface Download {
  /** The download's name as shown. */
  readonly title: string;
  /** Language of the file, when known. */
  readonly language?: LanguageCode;
  /** Where the file is; absent when the toolkit shows the file without a working link. */
  readonly url?: string;
  /** The file's size, when shown. */
  readonly size?: Size;
}

/** A title in the language the resource was written in. */
export interface OriginalTitle {
  /** The title. */
  readonly text: string;
  /** Its language. */
  readonly language: LanguageCode;
}

/** Where a record's title was read: see {@link Resource.titleSource}. */
export type TitleSource = (typeof TITLE_SOURCES)[number];
/** How a record's type is known: see {@link Resource.typeSource}. */
export type TypeSource = (typeof TYPE_SOURCES)[number];

/** One resource of Cedefop's VET toolkit for tackling early leaving, validated and frozen. */
export interface Resource {
  /** Stable identifier: the last segment of the toolkit URL; never changes once published. */
  readonly slug: string;
  /** The resource type. */
  readonly type: ResourceTypeCode;
  /** How the type is known: `shown` (the toolkit's type label) or `layout` (fields only that type has); absent when curated or not recorded. */
  readonly typeSource?: TypeSource;
  /** The title (in English unless {@link Resource.titleLanguage} says otherwise). */
  readonly title: string;
  /** Where the title was read: `listing`, `page` (the resource's own page) or `link-text`; absent when not recorded. */
  readonly titleSource?: TitleSource;
  /** Language of `title` when it is not English (absent means English). */
  readonly titleLanguage?: Exclude<LanguageCode, 'en'>;
  /** A subtitle, when the resource has one. */
  readonly subtitle?: string;
  /** Title in the language the resource was written in, when the toolkit shows an English one too. */
  readonly originalTitle?: OriginalTitle;
  /** One to three sentences written for this catalogue. */
  readonly description: string;
  /** Countries the resource concerns (ISO 3166-1 alpha-2, `EU` for EU level). */
  readonly countries: readonly CountryCode[];
  /** Groups of learners or professionals the resource serves. */
  readonly beneficiaries: readonly BeneficiaryCode[];
  /** Year of publication or start. */
  readonly year?: number;
  /** Date of publication, `YYYY-MM-DD`. */
  readonly date?: string;
  /** Organisations behind the resource, as named. */
  readonly organisations: readonly string[];
  /** Languages the resource is available in. */
  readonly languages: readonly LanguageCode[];
  /** The record's own toolkit page in canonical form (https, English UI, ending in the slug); set only when seen. */
  readonly pageUrl?: string;
  /** Provenance: the page where the facts of this record were seen. */
  readonly sourceUrl: string;
  /** Every page on which the facts of this record were seen (at least one). */
  readonly seenAt: readonly string[];
  /** The resource's own site outside the toolkit, when it has one. */
  readonly externalUrl?: string;
  /** Files offered for download. */
  readonly downloads: readonly Download[];
  /** Subjects, each matched to a EuroVoc concept. */
  readonly topics: readonly TopicCode[];
  /** Free keywords. */
  readonly keywords: readonly string[];
  /** For good practices: prevention, intervention or compensation. */
  readonly initiativeTypes: readonly InitiativeTypeCode[];
  /** Education levels and sectors the resource addresses. */
  readonly educationLevels: readonly EducationLevelCode[];
  /** Levels at which the initiative is implemented. */
  readonly implementationLevels: readonly ImplementationLevelCode[];
  /** Stages the initiative has reached. */
  readonly implementationStages: readonly ImplementationStageCode[];
  /** The toolkit's detail fields, verbatim (label → text as shown). */
  readonly details?: Readonly<Record<string, string>>;
  /** Which code fields curation assigned from the page text rather than the toolkit showing them. */
  readonly curated: readonly CuratableField[];
}
