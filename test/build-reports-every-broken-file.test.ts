import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../src/data/problems.js';
import { validateData } from '../src/data/validate-data.js';
import { copyProject, ROOT } from './helpers/project.js';

const record = (slug: string, change: Record<string, unknown> = {}) =>
  JSON.stringify({
    slug,
    type: 'tool',
    title: `Title of ${slug}`,
    description: 'A record made for a test.',
    sourceUrl: 'https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources',
    seenAt: ['https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources'],
    ...change,
  });

describe('a build over broken data', () => {
  let project: string;
  let result: ReturnType<typeof spawnSync>;
  let distBefore: Map<string, number>;

  beforeAll(() => {
    project = copyProject('elet-build-');
    // A good build first, so there is a dist/ that must survive the failed one.
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: project, stdio: 'pipe' });
    distBefore = new Map(readdirSync(join(project, 'dist')).map((f) => [f, statSync(join(project, 'dist', f)).mtimeMs]));
    const dir = join(project, 'data', 'resources');
    writeFileSync(join(dir, 'foo.json'), record('foo', { countries: ['ES', 'SP'] }));
    writeFileSync(join(dir, 'bar.json'), record('baz'));
    writeFileSync(join(dir, 'broken.json'), '{ "slug": "broken", ');
    writeFileSync(join(dir, 'twin.json'), record('baz', { title: 'Another title' }));
    writeFileSync(join(dir, 'ghost.json'), record('ghost', { beneficiaries: ['aliens'] }));
    result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: project, encoding: 'utf8' });
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('fails with a non-zero exit code', () => expect(result.status).toBe(1));

  it('names file, field and problem for every broken file, not only the first', () => {
    const stderr = String(result.stderr);
    expect(stderr).toContain('data/resources/foo.json: countries[1]: unknown country code "SP"');
    expect(stderr).toContain('data/resources/bar.json: slug: slug "baz" differs from the file name "bar.json"');
    expect(stderr).toMatch(/data\/resources\/broken\.json: invalid JSON: /);
    expect(stderr).toContain('data/resources/twin.json: slug: slug "baz" is also used by data/resources/bar.json');
    expect(stderr).toContain('data/resources/ghost.json: beneficiaries[0]: unknown beneficiary code "aliens"');
    expect(stderr).not.toMatch(/\n\s+at /); // a report, not a stack trace
  });

  it('leaves the previous dist/ exactly as it was', () => {
    const after = new Map(readdirSync(join(project, 'dist')).map((f) => [f, statSync(join(project, 'dist', f)).mtimeMs]));
    expect(after).toEqual(distBefore);
    expect(readFileSync(join(project, 'dist', 'index.js'), 'utf8').length).toBeGreaterThan(0);
  });
});

describe('validateData', () => {
  it('finds no problem in the real data', () => {
    expect(validateData(ROOT).problems.map(formatProblem)).toEqual([]);
  });
});
