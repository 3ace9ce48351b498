import type { Command } from 'commander';
import { FACET_NAMES } from '../../code-fields.js';
import type { AnyCode } from '../../generated/vocabulary.js';
import { catalogue } from '../../package-catalogue.js';
import { label } from '../../vocabulary.js';
import { addFilterOptions, type FilterOptions, filterFrom, flagOf } from '../filters.js';
import type { CliIo } from '../io.js';
import { formatTable } from '../table.js';

/** `elet facets [filters]`: how many (matching) resources each code has. */
export function registerFacets(program: Command, io: CliIo): void {
  const command = program
    .command('facets')
    .description('count resources per code of every facet (type, country, beneficiary, …), optionally over a filtered subset')
    .option('--all', 'include codes with no resource')
    .option('--json', 'print the counts as JSON');
  addFilterOptions(command).action((options: FilterOptions & { all?: boolean; json?: boolean }) => {
    const counts = catalogue.facets(filterFrom(options));
    if (options.json) {
      io.out(JSON.stringify(counts, null, 2) + '\n');
      return;
    }
    const sections: string[] = [];
    for (const facet of FACET_NAMES) {
      const row = counts[facet] as Record<string, number>;
      const entries = Object.entries(row)
        .filter(([, n]) => options.all || n > 0)
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
      const table = entries.length
        ? formatTable(
            ['CODE', 'COUNT', 'LABEL'],
            entries.map(([code, n]) => [code, String(n), label(code as AnyCode)]),
            io.columns,
          )
        : '(none)';
      sections.push(`${facet} (--${flagOf(facet)})\n${table.replace(/^/gm, '  ').trimEnd()}\n`);
    }
    io.out(sections.join('\n'));
  });
}
