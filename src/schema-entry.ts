/**
 * Validation for people who write records: the zod schemas the build uses, and their inferred types.
 * @example
 * import { ResourceSchema } from 'elet-resources/schema';
 * const result = ResourceSchema.safeParse(JSON.parse(text));
 * @packageDocumentation
 */

export type { CuratableField } from './code-fields.js';
export type { Download, OriginalTitle, Resource, Size, TitleSource, TypeSource } from './resource.js';
export type { CatalogueInfo, ResourceInput } from './schema.js';
export {
  bytesFromShownSize,
  CatalogueInfoSchema,
  CURATABLE_FACETS,
  DownloadSchema,
  ResourceSchema,
  SizeSchema,
  SLUG_PATTERN,
  TITLE_SOURCES,
  TYPE_SOURCES,
} from './schema.js';
