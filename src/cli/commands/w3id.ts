import { resolve } from 'node:path';
import type { Command } from 'commander';
import { catalogueInfo } from '../../generated/catalogue-info.js';
import { writeFileAtomic } from '../../publish/atomic.js';
import { w3idHtaccess } from '../../publish/w3id-htaccess.js';
import { FIXED_TYPES, INDEX_STEM, NODE_FORMATS } from '../../site/formats.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';

/**
 * The w3id.org `.htaccess` sending the catalogue's IRIs (under `base`) to the static site at `target`,
 * with the site's own format table (HTML first, then each RDF format).
 */
export function w3idFile(target: string | undefined = catalogueInfo.siteUrl, base: string = catalogueInfo.baseIri): string {
  if (!target) throw new UsageError('data/catalogue.json gives no siteUrl: pass --target <site-url>');
  try {
    return w3idHtaccess({ base, target, site: { formats: NODE_FORMATS, indexStem: INDEX_STEM, fixedFiles: Object.keys(FIXED_TYPES) } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** `elet w3id`: the `.htaccess` for the perma-id/w3id.org repository, to stdout or a file. */
export function registerW3id(program: Command, io: CliIo): void {
  program
    .command('w3id')
    .description('write the w3id.org .htaccess redirecting every IRI to its document on the static site (303 by Accept header)')
    .option('--target <site-url>', `where the static site lives (default: siteUrl of data/catalogue.json, ${catalogueInfo.siteUrl ?? 'unset'})`)
    .option('-o, --out <file>', 'write to this file (replaced whole, never half-written) instead of standard output')
    .addHelpText(
      'after',
      '\nSubmit the file to https://github.com/perma-id/w3id.org as <folder>/.htaccess (see w3id/README.md in the elet-resources repository).\n\nExample:\n  elet w3id --out w3id/.htaccess',
    )
    .action((options: { target?: string; out?: string }) => {
      const text = w3idFile(options.target);
      if (options.out) {
        const path = resolve(io.cwd, options.out);
        writeFileAtomic(path, text);
        io.err(`w3id redirects for ${catalogueInfo.baseIri} written to ${path}\n`);
      } else io.out(text);
    });
}
