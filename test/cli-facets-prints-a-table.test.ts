/**
 * `elet facets` as a person reads it: one section per facet, a CODE / COUNT / LABEL table in each, laid out
 * exactly. The rows come from the package's own `facets()` (so the test follows the data), the layout is
 * spelled out here: columns padded to their widest cell, two spaces between them, no trailing spaces.
 */

import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { FACET_NAMES } from '../src/code-fields.js';
import type { AnyCode } from '../src/generated/vocabulary.js';
import { type FacetCounts, facets, label, type ResourceFilter } from '../src/index.js';
import { ROOT } from './helpers/project.js';

/** Runs `elet …` in-process, as in a terminal `columns` wide when given. */
async function elet(args: string[], columns?: number) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), cwd: ROOT, ...(columns ? { columns } : {}) });
  return { code, stdout, stderr };
}

/** The text `elet facets` should print for these counts, written out from the layout rules. */
function expectedTables(counts: FacetCounts): string {
  const sections = FACET_NAMES.map((facet) => {
    const flag = facet.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    // Most resources first; equal counts in code order. Codes no resource has are left out.
    const rows = Object.entries(counts[facet] as Record<string, number>)
      .filter(([, n]) => n > 0)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, n]) => [code, String(n), label(code as AnyCode)]);
    if (!rows.length) return `${facet} (--${flag})\n  (none)\n`;
    const table = [['CODE', 'COUNT', 'LABEL'], ...rows];
    const width = (i: number) => Math.max(...table.map((row) => row[i]!.length));
    const lines = table.map(([code, count, text]) => `  ${code!.padEnd(width(0))}  ${count!.padEnd(width(1))}  ${text}`);
    return `${facet} (--${flag})\n${lines.join('\n')}\n`;
  });
  return sections.join('\n');
}

describe('elet facets', () => {
  it('prints, for --country ES, a table per facet of the codes the Spanish resources have', async () => {
    const filter: ResourceFilter = { country: 'ES' };
    const { code, stdout, stderr } = await elet(['facets', '--country', 'ES']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(expectedTables(facets(filter)));
    // The layout in the flesh, so a mistake shared by the rules above and the command cannot hide.
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('type (--type)');
    expect(lines[1]).toMatch(/^ {2}CODE {2,}COUNT {2}LABEL$/);
    expect(lines.filter((l) => l.endsWith(' '))).toEqual([]);
    expect(stdout).toContain('\ncountry (--country)\n');
    expect(stdout).toMatch(new RegExp(`\\n {2}ES {4}${facets(filter).country.ES} +Spain\\n`));
  });

  it('prints "(none)" under every facet when no resource matches', async () => {
    const { code, stdout } = await elet(['facets', '--text', 'zzxqvj']);
    expect(code).toBe(0);
    expect(stdout).toBe(FACET_NAMES.map((f) => `${f} (--${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})\n  (none)\n`).join('\n'));
  });

  // Known bug (reported, not fixed here): the command fits each table to the terminal width and then indents it
  // by two spaces, so a shortened line is two characters too wide and wraps. Drop `.fails` once fixed.
  it.fails('fits every line into a narrow terminal, shortening labels', async () => {
    const { stdout } = await elet(['facets', '--country', 'ES'], 60);
    expect(stdout).toContain('…');
    expect(stdout.split('\n').filter((l) => [...l].length > 60)).toEqual([]);
  });
});
