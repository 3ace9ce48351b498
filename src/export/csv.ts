import type { Resource } from '../resource.js';

/**
 * The CSV columns, fixed so that spreadsheets and scripts can rely on them across releases
 * (new columns are only ever appended). Lists are joined with `;`.
 */
export const CSV_COLUMNS = Object.freeze([
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
] as const);

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

/**
 * CSV formula injection: spreadsheets (Excel, LibreOffice Calc, Google Sheets) run a cell beginning with
 * `=`, `+`, `-`, `@`, tab or CR as a formula, so record text could make a user's spreadsheet fetch URLs or
 * run commands. As OWASP advises, such a cell gets a leading `'`, which spreadsheets take as "this is text"
 * and do not show; other programs reading the CSV see the `'`. No cell of the real catalogue needs it.
 */
function neutralise(field: string): string {
  return /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling its quotes. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * The records as RFC 4180 CSV: a header row, one row per record, CRLF line ends. A cell that a spreadsheet
 * would run as a formula (beginning with `=`, `+`, `-`, `@`, tab or CR) is written with a leading `'`.
 */
export function toCsv(records: readonly Resource[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const record of records) rows.push(CSV_COLUMNS.map((c) => quote(neutralise(cell(record, c)))).join(','));
  return rows.join('\r\n') + '\r\n';
}
