/**
 * The data changeset (src/release/data-changeset.ts, run by scripts/changeset-data.ts) in a throw-away git repository: it compares the records with the last release tag,
 * names every added, changed and removed slug with the right bump, ignores formatting, and `changeset version`
 * turns its file into CHANGELOG.md and the new version.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANGESET_FILE, updateDataChangeset } from '../src/release/data-changeset.js';
import { ROOT } from './helpers/project.js';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};
const repos: string[] = [];
afterEach(() => {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, env: GIT_ENV, stdio: 'pipe', encoding: 'utf8' });
const record = (slug: string, description = `About ${slug}.`) => ({ slug, type: 'tool', title: `Title of ${slug}`, description });
const writeRecord = (repo: string, value: { slug: string }, indent = 2) =>
  writeFileSync(join(repo, 'data', 'resources', `${value.slug}.json`), JSON.stringify(value, null, indent) + '\n');

/** A repository with the project's changeset config, a package at 1.0.0 and three records; optionally tagged. */
function releasedRepo(tag?: string): string {
  const repo = mkdtempSync(join(tmpdir(), 'elet-changeset-'));
  repos.push(repo);
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'data', 'resources'), { recursive: true });
  cpSync(join(ROOT, '.changeset', 'config.json'), join(repo, '.changeset', 'config.json'));
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'elet-resources', version: '1.0.0' }, null, 2) + '\n');
  for (const slug of ['alpha', 'bravo', 'charlie']) writeRecord(repo, record(slug));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'release');
  if (tag) git(repo, 'tag', tag);
  return repo;
}

const changeset = (repo: string) => readFileSync(join(repo, CHANGESET_FILE), 'utf8');

describe('changeset:data', () => {
  it('lists added, changed and removed slugs since the last release tag; removal makes it major', () => {
    const repo = releasedRepo('v1.0.0');
    unlinkSync(join(repo, 'data', 'resources', 'alpha.json'));
    writeRecord(repo, record('bravo', 'A new description.'));
    writeRecord(repo, record('charlie'), 4); // reformatted only
    writeRecord(repo, record('delta'));

    const { changes } = updateDataChangeset(repo);
    expect(changes).toEqual({ since: 'v1.0.0', added: ['delta'], changed: [{ slug: 'bravo', fields: ['description'] }], removed: ['alpha'] });
    expect(changeset(repo)).toBe(
      [
        '---',
        '"elet-resources": major',
        '---',
        '',
        'Data: 1 record added, 1 record changed, 1 record removed since v1.0.0.',
        '',
        '- Added: `delta`',
        '- Changed: `bravo` (description)',
        '- Removed: `alpha`',
        '',
      ].join('\n'),
    );
  });

  it('makes an addition minor and an edit patch', () => {
    const repo = releasedRepo('v1.0.0');
    writeRecord(repo, record('delta'));
    expect(updateDataChangeset(repo, { dryRun: true }).text).toMatch(/^---\n"elet-resources": minor\n/);
    unlinkSync(join(repo, 'data', 'resources', 'delta.json'));
    writeRecord(repo, { ...record('bravo'), title: 'Renamed' } as { slug: string });
    expect(updateDataChangeset(repo, { dryRun: true }).text).toMatch(/^---\n"elet-resources": patch\n[\s\S]*- Changed: `bravo` \(title\)/);
    expect(existsSync(join(repo, CHANGESET_FILE))).toBe(false); // dry runs write nothing
  });

  it('compares with the newest reachable release tag, not the first', () => {
    const repo = releasedRepo('v1.0.0');
    writeRecord(repo, record('delta'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'add delta');
    git(repo, 'tag', 'v1.1.0');
    writeRecord(repo, record('echo'));
    expect(updateDataChangeset(repo).changes).toEqual({ since: 'v1.1.0', added: ['echo'], changed: [], removed: [] });
  });

  it('treats every record as added before the first release', () => {
    const repo = releasedRepo();
    expect(updateDataChangeset(repo).changes).toEqual({ added: ['alpha', 'bravo', 'charlie'], changed: [], removed: [] });
    expect(changeset(repo)).toContain('(first release)');
  });

  it('deletes its changeset when the data is back to the release', () => {
    const repo = releasedRepo('v1.0.0');
    writeRecord(repo, record('delta'));
    updateDataChangeset(repo);
    expect(existsSync(join(repo, CHANGESET_FILE))).toBe(true);
    unlinkSync(join(repo, 'data', 'resources', 'delta.json'));
    expect(updateDataChangeset(repo).text).toBeUndefined();
    expect(existsSync(join(repo, CHANGESET_FILE))).toBe(false);
  });

  it('runs as a command and writes a changeset that `changeset version` turns into CHANGELOG.md and 2.0.0', () => {
    const repo = releasedRepo('v1.0.0');
    unlinkSync(join(repo, 'data', 'resources', 'charlie.json'));
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'changeset-data.ts'), '--root', repo], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain(`wrote ${CHANGESET_FILE}`);

    execFileSync(process.execPath, [join(ROOT, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], { cwd: repo, env: GIT_ENV, stdio: 'pipe' });
    expect((JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version).toBe('2.0.0');
    const changelog = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 2.0.0');
    expect(changelog).toContain('### Major Changes');
    expect(changelog).toContain('Removed: `charlie`');
    expect(existsSync(join(repo, CHANGESET_FILE))).toBe(false);
  });
});
