/**
 * Media types: guessed for download files from their extension (schema.org `encodingFormat`), and as
 * IANA IRIs for DCAT-AP's `dcat:mediaType`.
 */
import { NS } from './namespaces.js';

/** Media types of download files, guessed only from an unambiguous file extension. */
const MEDIA_TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  csv: 'text/csv',
  zip: 'application/zip',
  epub: 'application/epub+zip',
};

/**
 * The media type of a downloadable file by the extension of its URL path (query and fragment ignored).
 * @returns `undefined` for no extension or one not listed.
 * @example mediaTypeOf('https://example.org/report.PDF?x=1') // 'application/pdf'
 */
export function mediaTypeOf(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0]!;
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? MEDIA_TYPE_BY_EXTENSION[path.slice(dot + 1).toLowerCase()] : undefined;
}

/** IANA media type IRI, as DCAT-AP wants for `dcat:mediaType`, e.g. `http://www.iana.org/assignments/media-types/text/csv`. */
export function ianaMediaTypeIri(mediaType: string): string {
  return `${NS.iana}${mediaType}`;
}
