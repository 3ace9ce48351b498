/**
 * `npm run build`: validate and generate, bundle with tsup, write the static site with the RDF dumps, give
 * dist/dumps the same files, write the data report. Everything goes into a temporary folder that replaces
 * dist/ whole only when every step succeeded (src/publish/atomic.ts), so a failed, killed or concurrent
 * build leaves the last good dist/ in place.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build as tsup } from 'tsup';
import { generate } from '../src/codegen/generate.js';
import { replaceDir } from '../src/publish/atomic.js';
import { configs } from '../tsup.config.js';
import { ROOT, runCommand } from './command.js';

await runCommand(async () => {
  // tsup resolves its entries (src/…) from the working directory.
  process.chdir(ROOT);
  const onWait = (lock: string, pid: number) => console.log(`build: waiting for process ${pid}, which holds ${relative(ROOT, lock)}`);
  await replaceDir(
    join(ROOT, 'dist'),
    async (out) => {
      // Inside dist/'s lock: a concurrent build must not rewrite src/generated/ while this one bundles it.
      await generate(ROOT);
      for (const config of configs) await tsup({ ...config, outDir: out, clean: false, silent: true });
      // Imported after generating: both read the generated modules.
      const { buildSite } = await import('../src/site/build.js');
      const { dataReportFor } = await import('../src/data/data-report.js');
      // The site is rebuilt with everything else, so a build never leaves dist/ without one (`elet serve` serves it).
      await buildSite({ outDir: join(out, 'site'), dumps: true });
      // Every dump is written once, into the site; the package's dumps are a copy of the same bytes.
      cpSync(join(out, 'site', 'dumps'), join(out, 'dumps'), { recursive: true });
      writeFileSync(join(out, 'data-report.md'), await dataReportFor(ROOT));
    },
    { onWait },
  );
  console.log('build: dist/ updated');
});
