/**
 * `npm run build:site`: the static linked-data site in `dist/site/`, its dumps under `dist/site/dumps/`
 * (see src/site/build.ts). Written to a temporary folder and renamed into place. Run after `npm run generate`
 * (any build runs it).
 */
import { join } from 'node:path';
import { buildSite } from '../src/site/build.js';
import { ROOT, runCommand } from './command.js';

await runCommand(async () => {
  const report = await buildSite({ outDir: join(ROOT, 'dist', 'site'), dumps: true });
  const mb = (report.bytes / 1024 / 1024).toFixed(1);
  console.log(`build:site: ${report.pages} pages, ${report.files} files, ${mb} MB in ${Math.round(report.ms)} ms → dist/site/`);
});
