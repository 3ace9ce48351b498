import type { Command } from 'commander';
import { catalogue } from '../../package-catalogue.js';
import { addFilterOptions, type FilterOptions, filterFrom } from '../filters.js';
import type { CliIo } from '../io.js';
import { formatTable } from '../table.js';

/** `elet list [filters]`: matching resources as a table. */
export function registerList(program: Command, io: CliIo): void {
  const command = program
    .command('list')
    .description('list resources, optionally filtered, as a table')
    .addHelpText('after', '\nExamples:\n  elet list --country ES --type good-practice\n  elet list --beneficiary early-leavers --text "second chance"');
  addFilterOptions(command).action((options: FilterOptions) => {
    const found = catalogue.query(filterFrom(options));
    const rows = found.map((r) => [r.slug, r.type, r.countries.join(' '), r.year === undefined ? '' : String(r.year), r.title]);
    io.out(formatTable(['SLUG', 'TYPE', 'COUNTRIES', 'YEAR', 'TITLE'], rows, io.columns));
    io.out(`${found.length} of ${catalogue.resources.length} resources\n`);
  });
}
