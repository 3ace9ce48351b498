/** Plain-text tables for the terminal. */

/** Display width, counting each code point once (good enough for the Latin, Greek and Cyrillic text of the catalogue). */
function width(text: string): number {
  return [...text].length;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Left-aligned columns separated by two spaces, with a header row. When `maxWidth` is given
 * (a terminal's width), the last column is shortened so that lines do not wrap.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], maxWidth?: number): string {
  const clean = rows.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ')));
  const widths = headers.map((h, i) => Math.max(width(h), ...clean.map((r) => width(r[i] ?? ''))));
  const last = headers.length - 1;
  const lead = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const room = maxWidth === undefined ? Infinity : Math.max(10, maxWidth - lead);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === last ? truncate(cell, room) : cell + ' '.repeat(widths[i]! - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(headers), ...clean.map(line)].join('\n') + '\n';
}
