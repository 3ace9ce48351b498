/** src/export/csv.ts: RFC 4180 CSV with a column set spreadsheets and scripts can rely on across releases. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../../src/export/csv.js';
import { parseCsv } from '../../helpers/csv.js';
import { record, SAMPLE } from '../helpers/records.js';

const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('toCsv', () => {
  it('writes a header of the fixed columns and CRLF after every row, the last one too', () => {
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    const lines = toCsv(SAMPLE.slice(0, 2)).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toBe('');
  });

  it('keeps the column order of earlier releases (new columns only ever go at the end)', () => {
    expect(CSV_COLUMNS.slice(0, 10)).toEqual([
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
    ]);
    expect(CSV_COLUMNS.at(-1)).toBe('curated');
  });

  it('writes one cell per column: lists joined with ";", the original title split in two, downloads counted, absent values empty', () => {
    const r = record('youth-coaching-scheme', {
      title: 'Youth Coaching Scheme',
      originalTitle: { text: 'Jugendcoaching', language: 'de' },
      countries: ['AT', 'DE'],
      year: 2012,
      downloads: [{ title: 'Leaflet' }, { title: 'Report' }],
      curated: ['countries'],
    });
    const [, row] = toCsv([r]).split('\r\n');
    const cells = row!.split(',');
    expect(cells).toHaveLength(CSV_COLUMNS.length);
    expect(cells[col('countries')]).toBe('AT;DE');
    expect(cells[col('originalTitle')]).toBe('Jugendcoaching');
    expect(cells[col('originalTitleLanguage')]).toBe('de');
    expect(cells[col('downloads')]).toBe('2');
    expect(cells[col('year')]).toBe('2012');
    expect(cells[col('subtitle')]).toBe('');
    expect(cells[col('beneficiaries')]).toBe('');
    expect(cells[col('curated')]).toBe('countries');
  });

  it('quotes exactly the fields holding a comma, a quote, CR or LF, doubling the quotes', () => {
    const row = (title: string) => toCsv([record('quoting', { title })]).split('\r\n')[1];
    expect(row('Plain title; with semicolon')).toContain(',Plain title; with semicolon,');
    expect(row('Guide, part 1')).toContain(',"Guide, part 1",');
    expect(row('The "Praksisbrev" pilot')).toContain(',"The ""Praksisbrev"" pilot",');
  });

  it('writes a record with line breaks as one CSV record that an RFC 4180 reader gets back intact', () => {
    const description = 'First line.\nSecond, "quoted" line.\r\nThird.';
    const text = toCsv([record('multi-line', { description })]);
    expect(parseCsv(text)[1]![col('description')]).toBe(description);
    expect(parseCsv(text)).toHaveLength(2);
  });
});
