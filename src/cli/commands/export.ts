import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { toCsv } from '../../export/csv.js';
import { toJson } from '../../export/json.js';
import { catalogue } from '../../package-catalogue.js';
import type { Resource } from '../../resource.js';
import { UsageError } from '../errors.js';
import { escapeControls } from '../escape.js';
import { addFilterOptions, type FilterOptions, filterFrom } from '../filters.js';
import type { CliIo } from '../io.js';
import { writeOutput } from '../output-target.js';

/** Formats `elet export` writes. */
export const EXPORT_FORMATS = ['json', 'csv', 'ttl', 'nt', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The records in one format. For RDF, a subset carries the records and the nodes they point to; the whole
 * catalogue (`subset` undefined) also carries the vocabularies and the DCAT description, as the dumps do.
 * The RDF serialisers are loaded only when asked for.
 */
export async function serialise(records: readonly Resource[], format: ExportFormat, subset = true): Promise<string> {
  switch (format) {
    case 'json':
      return toJson(records);
    case 'csv':
      return toCsv(records);
    default: {
      const rdf = await import('../../rdf/index.js');
      const chosen = subset ? records : undefined;
      if (format === 'ttl') return rdf.toTurtle(chosen);
      if (format === 'nt') return rdf.toNTriples(chosen);
      return JSON.stringify(rdf.toJsonLd(chosen), null, 2) + '\n';
    }
  }
}

/** `elet export --format …`: the (filtered) records to stdout or a file. */
export function registerExport(program: Command, io: CliIo): void {
  const command = program
    .command('export')
    .description('write the resources, or a filtered subset, as JSON, CSV, Turtle, N-Triples or JSON-LD')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option(
      '-o, --out <file>',
      'write to this file instead of standard output: a file is replaced whole, never half-written; a device, FIFO or link (/dev/stdout) is written through',
    )
    .addHelpText('after', '\nExamples:\n  elet export --format csv --country ES,PT --out iberia.csv\n  elet export --format ttl --type statistics');
  addFilterOptions(command).action(async (options: FilterOptions & { format: ExportFormat; out?: string }) => {
    if (options.out === '') throw new UsageError('--out needs a file name (leave it out to write to standard output)');
    const filter = filterFrom(options);
    const records = catalogue.query(filter);
    const text = await serialise(records, options.format, Object.keys(filter).length > 0);
    if (options.out !== undefined) {
      const path = resolve(io.cwd, options.out);
      writeOutput(path, text);
      io.err(`${records.length} resources written to ${escapeControls(path)}\n`);
    } else io.out(text);
  });
}
