/**
 * `npm publish --dry-run` on the built project: the tarball holds what the README promises (the four entries in
 * ESM, CJS and their declarations, the `elet` command, every dump, the vocabularies and the record files), leaves out
 * what it says is not shipped (the site, the sources), and npm corrects nothing in package.json on the way (it
 * silently dropped the `elet` bin when it was written `./dist/cli.js`). Needs a built dist/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DUMP_FILES } from '../src/rdf/dump-files.js';
import { ROOT } from './helpers/project.js';

let files: string[];
let warnings: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const out = execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const report = JSON.parse(out) as Record<string, { files: Array<{ path: string }> }>;
  files = report['elet-resources']!.files.map((f) => f.path);
  // npm's corrections of package.json are warnings on stderr.
  const plain = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  warnings = plain.stderr;
});

describe('npm publish --dry-run', () => {
  it('ships every entry in ESM and CJS with its own declarations, and the elet command', () => {
    for (const entry of ['index', 'labels', 'schema', 'rdf']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(files).toContain(`dist/${entry}.${ext}`);
    }
    expect(files).toContain('dist/cli.js');
  });

  it('ships every dump the DCAT description lists, the vocabularies and every record file', () => {
    for (const dump of DUMP_FILES) expect(files).toContain(`dist/dumps/${dump.file}`);
    for (const ttl of readdirSync(join(ROOT, 'vocab')).filter((f) => f.endsWith('.ttl'))) expect(files).toContain(`vocab/${ttl}`);
    for (const record of readdirSync(join(ROOT, 'data', 'resources'))) expect(files).toContain(`data/resources/${record}`);
    for (const file of ['data/catalogue.json', 'README.md', 'LICENSE', 'package.json']) expect(files).toContain(file);
  });

  it('leaves out the site and the sources, as the README says', () => {
    expect(files.filter((f) => f.startsWith('dist/site/') || f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('npm corrects nothing in package.json (the bin stays)', () => {
    expect(warnings).not.toMatch(/auto-corrected|was invalid and removed/);
  });
});
