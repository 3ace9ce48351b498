/**
 * The checked-in `w3id/.htaccess` is exactly what `elet w3id` writes for the catalogue's own site URL, so the
 * file submitted to perma-id/w3id.org never drifts from the generator. (That the rules work is proven on Apache
 * in w3id-redirects-resolve-on-apache.test.ts.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import { type StaticSiteShape, w3idHtaccess } from '../src/publish/w3id-htaccess.js';
import { ROOT } from './helpers/project.js';

async function elet(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), cwd: ROOT });
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'elet-w3id-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SITE: StaticSiteShape = {
  formats: [
    { ext: 'html', mediaType: 'text/html', aliases: [] },
    { ext: 'ttl', mediaType: 'text/turtle', aliases: [] },
  ],
  indexStem: 'index',
  fixedFiles: ['.well-known/void'],
};

describe('elet w3id', () => {
  it('writes the checked-in w3id/.htaccess, for the siteUrl and baseIri of data/catalogue.json', async () => {
    const res = await elet('w3id');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(readFileSync(join(ROOT, 'w3id', '.htaccess'), 'utf8'));
    expect(catalogueInfo.siteUrl).toBe('https://elet-resources.github.io/elet-resources/');
    expect(res.stdout.split('\n')[0]).toBe(`# ${catalogueInfo.baseIri} → ${catalogueInfo.siteUrl}`);
    expect(res.stdout).toContain(`RewriteRule ^(.+)$ ${catalogueInfo.siteUrl}$1.%{ENV:ELET_DOC} [R=303,L]`);
  });

  it('writes the same text to --out, and uses --target when given', async () => {
    const out = join(tmp, '.htaccess');
    const res = await elet('w3id', '--target', 'https://example.org/site/', '--out', out);
    expect([res.code, res.stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toBe((await elet('w3id', '--target', 'https://example.org/site/')).stdout);
    expect(readFileSync(out, 'utf8')).toContain('RewriteRule ^$ https://example.org/site/index.%{ENV:ELET_DOC} [R=303,L]');
  });

  it.each(['https://example.org/site', 'ftp://example.org/', 'https://example.org/$1/', 'https://example.org/a%20b/', 'https://example.org/?q=1/'])(
    'refuses the target %s with exit code 2',
    async (target) => {
      const res = await elet('w3id', '--target', target);
      expect([res.code, res.stdout]).toEqual([2, '']);
      expect(res.stderr).toContain('target must be an http(s) URL ending in "/"');
    },
  );

  it('--help says where the file goes', async () => {
    const res = await elet('w3id', '--help');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Usage: elet w3id');
    expect(res.stdout).toContain('perma-id/w3id.org');
  });
});

describe('w3idHtaccess', () => {
  const text = w3idHtaccess({ base: 'https://w3id.org/x/', target: 'https://example.org/x/', site: SITE });

  it('holds only comments, mod_rewrite rules and one mod_headers line guarded by IfModule', () => {
    for (const line of text.split('\n')) {
      expect(line, line).toMatch(
        /^(?:#.*|RewriteEngine on|RewriteCond \S+ \S+(?: \[NC\])?|RewriteRule \S+ \S+ \[[A-Za-z0-9=,:_]+\]|<IfModule mod_headers\.c>| {2}Header always merge Vary Accept env=ELET_DOC|<\/IfModule>|)$/,
      );
    }
    expect(text).toContain('# Goes in the perma-id/w3id.org repository as x/.htaccess');
  });

  it('adds a format with one row of the table: its conditions in both passes and its documents by name', () => {
    const rdf = { ext: 'rdf', mediaType: 'application/rdf+xml', aliases: [] };
    const more = w3idHtaccess({ base: 'https://w3id.org/x/', target: 'https://example.org/x/', site: { ...SITE, formats: [...SITE.formats, rdf] } });
    expect(more.match(/E=ELET_DOC:rdf\]/g)).toHaveLength(2);
    expect(more).toContain('application/rdf\\+xml');
    expect(more).toContain('\\.(?:html|ttl|rdf))$');
    expect(more.split('\n').length - text.split('\n').length).toBe(7); // two passes of three lines, one header row
  });

  it('refuses a base without a trailing slash and a site without formats', () => {
    expect(() => w3idHtaccess({ base: 'https://w3id.org/x', target: 'https://example.org/x/', site: SITE })).toThrow(/base must be/);
    expect(() => w3idHtaccess({ base: 'https://w3id.org/x/', target: 'https://example.org/x/', site: { ...SITE, formats: [] } })).toThrow(
      /at least one format/,
    );
  });
});
