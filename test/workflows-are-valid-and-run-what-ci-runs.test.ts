/**
 * The GitHub Actions workflows: each one validates against the Actions schema (action-validator, offline), every
 * action is pinned to a version, permissions are least-privilege, and the release runs exactly what `.ci/run` runs
 * before it publishes anything.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/project.js';

const DIR = join(ROOT, '.github', 'workflows');
const VALIDATOR = join(ROOT, 'node_modules', '.bin', 'action-validator');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
  needs?: string | string[];
  if?: string;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const load = (file: string) => parse(readFileSync(join(DIR, file), 'utf8')) as Workflow;
const validate = (path: string) => spawnSync(VALIDATOR, [path], { encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'elet-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('GitHub Actions workflows', () => {
  it('there is a CI and a release workflow', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
  });

  it.each(files)('%s validates against the GitHub Actions schema', (file) => {
    const result = validate(join(DIR, file));
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('the validator rejects a broken workflow (the check above is not vacuous)', () => {
    const broken = load('ci.yml') as unknown as Record<string, unknown>;
    (broken.jobs as Record<string, Record<string, unknown>>).test!.step = [];
    const path = join(scratch, 'broken.yml');
    writeFileSync(path, JSON.stringify(broken));
    expect(validate(path).status).not.toBe(0);
  });

  it.each(files)('%s pins every action to a release version or a commit', (file) => {
    const uses = Object.values(load(file).jobs).flatMap((job) => (job.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
  });

  it.each(files)('%s reads the repository only, unless a job says why it needs more', (file) => {
    const workflow = load(file);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const granted = Object.values(workflow.jobs).flatMap((job) => Object.entries(job.permissions ?? {}));
    for (const [scope, level] of granted) expect([scope, ['read', 'write', 'none'].includes(level)]).toEqual([scope, true]);
  });

  it('CI runs .ci/run on every push and pull request', () => {
    const ci = load('ci.yml');
    expect(Object.keys(ci.on as object).sort()).toEqual(['pull_request', 'push']);
    expect(ci.jobs.test!.steps!.map((s) => s.run).filter(Boolean)).toEqual(['bash .ci/run']);
  });

  it('the release runs .ci/run (the same build and tests as CI) before changesets publishes', () => {
    const release = load('release.yml');
    expect(release.on).toEqual({ push: { branches: ['main'] } });
    const steps = release.jobs.release!.steps!;
    const ciRun = steps.findIndex((s) => s.run === 'bash .ci/run');
    const changesets = steps.findIndex((s) => s.uses?.startsWith('changesets/action@'));
    expect(ciRun).toBeGreaterThanOrEqual(0);
    expect(changesets).toBeGreaterThan(ciRun);
    // The commands changesets runs are the package's own scripts, so a maintainer can run them by hand too.
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const command of [steps[changesets]!.with!.version, steps[changesets]!.with!.publish]) {
      const script = /^npm run ([\w:-]+)$/.exec(command!)?.[1];
      expect(script && manifest.scripts[script], command).toBeTruthy();
    }
    expect(release.jobs.release!.permissions).toMatchObject({ 'id-token': 'write' }); // npm provenance
  });

  it('the site is deployed to GitHub Pages only after a publish, from the tested build', () => {
    const release = load('release.yml');
    const upload = release.jobs.release!.steps!.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist/site');
    const deploy = release.jobs['deploy-site']!;
    expect(deploy.needs).toBe('release');
    expect(deploy.if).toContain("needs.release.outputs.published == 'true'");
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps!.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});
