/** src/cli/table.ts: plain-text tables for the terminal, laid out exactly. */
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../src/cli/table.js';

const HEADERS = ['CODE', 'COUNT', 'LABEL'];

describe('formatTable', () => {
  it('pads every column but the last to its widest cell, two spaces apart, without trailing spaces', () => {
    expect(
      formatTable(HEADERS, [
        ['ES', '12', 'Spain'],
        ['good-practice', '3', 'Good practice'],
      ]),
    ).toBe(['CODE           COUNT  LABEL', 'ES             12     Spain', 'good-practice  3      Good practice', ''].join('\n'));
  });

  it('prints only the header row for no rows, and an empty last cell leaves no trailing space', () => {
    expect(formatTable(HEADERS, [])).toBe('CODE  COUNT  LABEL\n');
    expect(formatTable(HEADERS, [['EU', '1', '']])).toBe('CODE  COUNT  LABEL\nEU    1\n');
  });

  it('turns line breaks and runs of spaces inside a cell into one space, so a row stays one line', () => {
    expect(formatTable(['A', 'B'], [['x\ny', 'two\r\n  lines']])).toBe('A    B\nx y  two lines\n');
  });

  it('counts characters, not UTF-16 units, when lining up', () => {
    expect(
      formatTable(
        ['NAME', 'N'],
        [
          ['Ελλάδα', '1'],
          ['𝔘nicode', '2'],
        ],
      ),
    ).toBe('NAME     N\nΕλλάδα   1\n𝔘nicode  2\n');
  });

  it('shortens the last column with "…" so that no line is wider than the terminal', () => {
    const text = formatTable(HEADERS, [['vet-students-work-based', '3', 'VET students in work-based learning (apprentices)']], 50);
    expect(text).toBe('CODE                     COUNT  LABEL\nvet-students-work-based  3      VET students in w…\n');
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(50);
    expect(formatTable(['A', 'B'], [['x', 'fits exactly']], 15)).toBe('A  B\nx  fits exactly\n');
  });

  it('keeps at least ten characters of the last column, even in a very narrow terminal', () => {
    expect(formatTable(['CODE', 'LABEL'], [['implementation-stage', 'Completed initiative']], 20)).toBe(
      'CODE                  LABEL\nimplementation-stage  Completed…\n',
    );
  });
});
