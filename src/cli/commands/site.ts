import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';

/**
 * The folder the site may be written to: it is replaced whole, so a folder that holds anything but an
 * earlier site (no `index.html`) is refused rather than wiped.
 */
function siteFolder(cwd: string, out: string): string {
  const dir = resolve(cwd, out);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(resolve(dir, 'index.html'))) {
    throw new UsageError(`${dir} is not empty and holds no site: the site replaces its folder whole, so pass a new or empty folder`);
  }
  return dir;
}

/** `elet site`: builds the linked-data site and its dumps from the package's own records, for `elet serve --root`. */
export function registerSite(program: Command, io: CliIo): void {
  program
    .command('site')
    .description("build the linked-data site (HTML, Turtle, JSON-LD, N-Triples per node, dumps, sitemap, VoID) from the package's records")
    .requiredOption('-o, --out <dir>', 'folder to write the site to (replaced whole when the build is complete)')
    .addHelpText('after', '\nExample:\n  elet site --out elet-site\n  elet serve --root elet-site')
    .action(async (options: { out: string }) => {
      const outDir = siteFolder(io.cwd, options.out);
      const { buildSite } = await import('../../site/build.js');
      const report = await buildSite({ outDir, dumps: true });
      io.err(`elet site: ${report.pages} pages, ${report.files} files (${(report.bytes / 1024 ** 2).toFixed(1)} MB) in ${outDir}\n`);
      io.out(`${outDir}\n`);
    });
}
