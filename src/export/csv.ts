import type { Resource } from '../schema.js';

/**
 * The CSV columns, fixed so that spreadsheets and scripts can rely on them across releases
 * (new columns are only ever appended). Lists are joined with `;`.
 */
export const CSV_COLUMNS = [
  'slug',
  'type',
  'title',
  'subtitle',
  'originalTitle',
  'originalTitleLanguage',
  'description',
  'countries',
  'beneficiaries',
  'year',
  'date',
  'organisations',
  'languages',
  'topics',
  'keywords',
  'initiativeTypes',
  'educationLevels',
  'implementationLevels',
  'implementationStages',
  'downloads',
  'sourceUrl',
  'externalUrl',
  'curated',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

function cell(record: Resource, column: Column): string {
  switch (column) {
    case 'originalTitle':
      return record.originalTitle?.text ?? '';
    case 'originalTitleLanguage':
      return record.originalTitle?.language ?? '';
    case 'downloads':
      return String(record.downloads.length);
    default: {
      const value = record[column];
      if (value === undefined) return '';
      return Array.isArray(value) ? value.join(';') : String(value);
    }
  }
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling its quotes. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The records as RFC 4180 CSV: a header row, one row per record, CRLF line ends. */
export function toCsv(records: readonly Resource[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const record of records) rows.push(CSV_COLUMNS.map((c) => quote(cell(record, c))).join(','));
  return rows.join('\r\n') + '\r\n';
}
