import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { CSV_COLUMNS } from '../src/export/csv.js';
import { parseCsv } from './helpers/csv.js';
import { list, ROOT, rawRecords } from './helpers/project.js';

/** Runs `elet …` in-process, collecting its output and exit code. */
async function elet(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), cwd: ROOT });
  return { code, stdout, stderr };
}

const raw = rawRecords();
const inSpain = raw.filter((r) => list(r, 'countries').includes('ES')).map((r) => r.slug);
const tmp = mkdtempSync(join(tmpdir(), 'elet-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('elet list', () => {
  it('prints a table of exactly the matching resources', async () => {
    const { code, stdout } = await elet('list', '--country', 'ES');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SLUG\s+TYPE\s+COUNTRIES\s+YEAR\s+TITLE$/);
    expect(lines.slice(1, -1).map((l) => l.split(/\s+/)[0])).toEqual(inSpain);
    expect(lines.at(-1)).toBe(`${inSpain.length} of ${raw.length} resources`);
  });

  it('accepts codes in any case, repeated or comma-separated, as "any of"', async () => {
    const either = raw.filter((r) => list(r, 'countries').some((c) => c === 'ES' || c === 'PT')).length;
    for (const args of [
      ['--country', 'es,PT'],
      ['--country', 'ES', '--country', 'pt'],
    ]) {
      expect((await elet('list', ...args)).stdout).toContain(`${either} of ${raw.length} resources`);
    }
  });

  it('refuses an unknown code with exit code 2 and a suggestion', async () => {
    const res = await elet('list', '--country', 'SP');
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('unknown country code "SP"; did you mean "ES" (Spain)');
    const type = await elet('list', '--type', 'good-practise');
    expect([type.code, type.stderr.includes('did you mean "good-practice"')]).toEqual([2, true]);
  });

  it('refuses an unknown option with exit code 2 and names it', async () => {
    const res = await elet('list', '--contry', 'ES');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("unknown option '--contry'");
    expect(res.stderr).toContain('--country');
  });
});

describe('elet show and facets', () => {
  it('shows a resource in full and suggests a slug for a typo', async () => {
    const record = raw.find((r) => list(r, 'downloads').length > 0)!;
    const shown = await elet('show', record.slug);
    expect(shown.code).toBe(0);
    expect(shown.stdout.startsWith(`${String(record.title)}\n\n${String(record.description)}\n`)).toBe(true);
    const missing = await elet('show', record.slug.slice(0, -2));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`did you mean "${record.slug}"`);
  });

  it('counts per code agree with counting the data files by hand', async () => {
    const { code, stdout } = await elet('facets', '--json', '--type', 'good-practice');
    expect(code).toBe(0);
    const counts = JSON.parse(stdout) as Record<string, Record<string, number>>;
    const practices = raw.filter((r) => r.type === 'good-practice');
    for (const country of ['ES', 'IT', 'EU']) {
      expect(counts.country![country]).toBe(practices.filter((r) => list(r, 'countries').includes(country)).length);
    }
    expect(counts.type!['good-practice']).toBe(practices.length);
    expect(counts.type!.publication).toBe(0);
  });
});

describe('elet export', () => {
  it('writes RFC 4180 CSV, one row per resource with lists joined by ";"', async () => {
    const out = join(tmp, 'spain.csv');
    const res = await elet('export', '--format', 'csv', '--country', 'ES', '--out', out);
    expect(res.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.endsWith('\r\n')).toBe(true); // the file ends with CRLF
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as never);
    expect(rows.slice(1).map((r) => r[col('slug')])).toEqual(inSpain);
    for (const row of rows.slice(1)) {
      const record = raw.find((r) => r.slug === row[col('slug')])!;
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[col('title')]).toBe(record.title);
      expect(row[col('description')]).toBe(record.description);
      expect(row[col('countries')]).toBe(list(record, 'countries').join(';'));
    }
  });

  it('writes the filtered records as JSON to standard output', async () => {
    const res = await elet('export', '--format', 'json', '--country', 'ES');
    expect((JSON.parse(res.stdout) as { slug: string }[]).map((r) => r.slug)).toEqual(inSpain);
  });

  it('refuses an unknown format with exit code 2, listing the formats', async () => {
    const res = await elet('export', '--format', 'xml');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Allowed choices are json, csv, ttl, nt, jsonld');
  });
});

describe('elet validate', () => {
  it('accepts the project data', async () => {
    const res = await elet('validate', 'data');
    expect([res.code, res.stdout]).toEqual([0, `${raw.length} records valid\n`]);
  });

  it('prints every problem of a broken data folder and exits 1', async () => {
    const data = join(tmp, 'broken', 'data');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    const [first, second] = raw;
    writeFileSync(join(data, 'resources', `${first!.slug}.json`), JSON.stringify({ ...first, countries: ['SP'] }));
    writeFileSync(join(data, 'resources', `${second!.slug}.json`), '{ not json');
    const res = await elet('validate', join(tmp, 'broken')); // a project folder holding data/ works too
    expect(res.code).toBe(1);
    const lines = res.stderr.trimEnd().split('\n');
    expect(lines).toContain(`data/resources/${first!.slug}.json: countries[0]: unknown country code "SP"`);
    expect(lines.some((l) => l.startsWith(`data/resources/${second!.slug}.json: invalid JSON`))).toBe(true);
    // One line per problem (follow-on ones included) between the folder and the total.
    const problems = lines.filter((l) => /^data\/.+\.json: /.test(l));
    expect(lines.at(-1)).toBe(`${problems.length} problems found`);
    expect(lines.length).toBe(problems.length + 2);
  });
});

describe('--help', () => {
  it.each(['list', 'show', 'facets', 'export', 'validate', 'serve'])('elet %s --help describes the command', async (command) => {
    const res = await elet(command, '--help');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`Usage: elet ${command}`);
  });

  it('elet w3id --help describes the command', async () => {
    const res = await elet('w3id', '--help');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Usage: elet w3id');
  });
});
