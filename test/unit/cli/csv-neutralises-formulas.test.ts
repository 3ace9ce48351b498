/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell beginning with `=`, `+`, `-`, `@`, tab or CR as a
 * formula. Such cells are written with a leading `'`, which spreadsheets read as "text"; others are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../../src/export/csv.js';
import { type Resource, ResourceSchema } from '../../../src/schema.js';
import { parseCsv } from '../../helpers/csv.js';

const SOURCE = 'https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/';

function record(fields: Partial<Record<string, unknown>>): Resource {
  return ResourceSchema.parse({
    slug: 'formula-record',
    type: 'tool',
    title: 'Plain title',
    description: 'Plain description',
    countries: ['LI'],
    beneficiaries: ['parents'],
    sourceUrl: `${SOURCE}formula-record`,
    seenAt: [`${SOURCE}formula-record`],
    ...fields,
  });
}

/** The cells of the one data row, by column (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function cells(csv: string): Record<string, string> {
  const fields = parseCsv(csv)[1]!;
  return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, fields[i]!]));
}

describe('CSV cells that a spreadsheet would run', () => {
  it.each([['=HYPERLINK("https://evil.example";"click")'], ["+1+cmd|' /C calc'!A0"], ['-2+3'], ['@SUM(1;2)'], ['\t=1+1'], ['\r=1+1']])(
    '%j is written with a leading quote',
    (subtitle) => {
      // Set after validation: the schema trims a leading tab or CR, but the exporter must not rely on it.
      expect(cells(toCsv([{ ...record({}), subtitle }])).subtitle).toBe(`'${subtitle}`);
    },
  );

  it('neutralises every column, lists included, and leaves other cells as they are', () => {
    const csv = toCsv([record({ subtitle: '=1+1', keywords: ['-x', 'y'], organisations: ['@org'], description: 'a = b - c' })]);
    const row = cells(csv);
    expect(row.subtitle).toBe("'=1+1");
    expect(row.keywords).toBe("'-x;y");
    expect(row.organisations).toBe("'@org");
    expect(row.description).toBe('a = b - c');
    expect(row.title).toBe('Plain title');
    expect(row.slug).toBe('formula-record');
  });
});
