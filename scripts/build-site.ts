/**
 * `npm run build:site`: the static linked-data site in `dist/site/` (see src/site/build.ts).
 * The dumps under `dist/site/dumps/` are written by the same emitter as `dist/dumps/` (same records, same
 * release date, so the same bytes), which hands over their sizes and checksums for the distribution pages
 * instead of the site re-reading files. Written to a temporary folder and renamed into place.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/site/build.js';
import { emitDumps } from './emit-dumps.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const report = await buildSite({ outDir: join(ROOT, 'dist', 'site'), writeDumps: (dir) => emitDumps(dir) });
const mb = (report.bytes / 1024 / 1024).toFixed(1);
console.log(`build:site: ${report.pages} pages, ${report.files} files, ${mb} MB in ${Math.round(report.ms)} ms → dist/site/`);
