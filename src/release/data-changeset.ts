/**
 * The data changeset: compares the records in data/resources/ with those of the last release tag and
 * writes `.changeset/data-changes.md`, a changeset naming every added, changed and removed slug, with the
 * bump the change calls for (removed: major, added: minor, changed: patch). The file is rewritten on every
 * run (and deleted when nothing differs). `npm run changeset:data` (scripts/changeset-data.ts) runs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../publish/atomic.js';

/** Where the records live, relative to the project root. */
const RECORDS_DIR = 'data/resources';
/** The changeset this module owns; changesets consumes it on `npm run version`. */
export const CHANGESET_FILE = '.changeset/data-changes.md';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface DataChanges {
  /** The tag or commit compared with; undefined when there is no release yet. */
  since?: string;
  added: string[];
  /** Slug → top-level fields whose value differs. */
  changed: Array<{ slug: string; fields: string[] }>;
  removed: string[];
}

export type Bump = 'major' | 'minor' | 'patch';

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The newest release tag reachable from HEAD: `v1.2.3` (what `changeset publish` tags a single package with)
 * or `name@1.2.3`. Undefined before the first release.
 */
export function lastReleaseTag(root: string, packageName: string): string | undefined {
  try {
    return git(root, ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*', '--match', `${packageName}@[0-9]*`, 'HEAD']).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Slug → parsed record, as committed at `ref` (one `git cat-file --batch` for all files). */
export function recordsAt(root: string, ref: string): Map<string, Json> {
  // Full paths from the repository root, so the project may live in a subfolder; none when the folder did not exist.
  const paths = git(root, ['ls-tree', '-z', '--name-only', '--full-name', ref, '--', `${RECORDS_DIR}/`])
    .split('\0')
    .filter((p) => p.endsWith('.json'));
  const records = new Map<string, Json>();
  if (!paths.length) return records;
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: paths.map((p) => `${ref}:${p}\n`).join(''), maxBuffer: 1 << 30 });
  let at = 0;
  for (const path of paths) {
    const headerEnd = out.indexOf(0x0a, at);
    const [, type, size] = out.subarray(at, headerEnd).toString('utf8').split(' ');
    if (type !== 'blob') throw new Error(`${ref}:${path} is not a file`);
    const start = headerEnd + 1;
    const end = start + Number(size);
    try {
      records.set(basename(path, '.json'), JSON.parse(out.subarray(start, end).toString('utf8')) as Json);
    } catch (error) {
      throw new Error(`${ref}:${path}: ${(error as Error).message}`);
    }
    at = end + 1;
  }
  return records;
}

/** Slug → parsed record, from the working tree (what the next release will contain). */
export function currentRecords(root: string): Map<string, Json> {
  const dir = join(root, RECORDS_DIR);
  const records = new Map<string, Json>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    try {
      records.set(basename(name, '.json'), JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json);
    } catch (error) {
      throw new Error(`${RECORDS_DIR}/${name}: ${(error as Error).message} (run \`npm run generate\` to see every problem)`);
    }
  }
  return records;
}

/** JSON with object keys sorted: equal for equal data, whatever the key order or formatting of the file. */
function canonical(value: Json | undefined): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** What differs between two sets of records, each list sorted by slug. Formatting and key order do not count. */
export function diffRecords(before: ReadonlyMap<string, Json>, after: ReadonlyMap<string, Json>, since?: string): DataChanges {
  const sorted = (slugs: Iterable<string>) => [...slugs].sort();
  const changes: DataChanges = { ...(since ? { since } : {}), added: [], changed: [], removed: [] };
  for (const slug of sorted(after.keys())) {
    const old = before.get(slug);
    if (old === undefined) {
      changes.added.push(slug);
      continue;
    }
    const now = after.get(slug)!;
    if (canonical(old) === canonical(now)) continue;
    const o = (old && typeof old === 'object' && !Array.isArray(old) ? old : {}) as Record<string, Json>;
    const n = (now && typeof now === 'object' && !Array.isArray(now) ? now : {}) as Record<string, Json>;
    const fields = sorted(new Set([...Object.keys(o), ...Object.keys(n)])).filter((k) => canonical(o[k]) !== canonical(n[k]));
    changes.changed.push({ slug, fields });
  }
  changes.removed = sorted([...before.keys()].filter((slug) => !after.has(slug)));
  return changes;
}

/** Removing a record breaks whoever links to it; a new record is a feature; an edit is a fix. */
export function bumpFor(changes: DataChanges): Bump | undefined {
  if (changes.removed.length) return 'major';
  if (changes.added.length) return 'minor';
  if (changes.changed.length) return 'patch';
  return undefined;
}

/** The changeset text (front matter + summary), or undefined when nothing changed. */
export function changesetFor(packageName: string, changes: DataChanges): string | undefined {
  const bump = bumpFor(changes);
  if (!bump) return undefined;
  const count = (n: number, what: string) => `${n} record${n === 1 ? '' : 's'} ${what}`;
  const slugs = (list: string[]) => list.map((s) => `\`${s}\``).join(', ');
  const lines = [
    '---',
    `${JSON.stringify(packageName)}: ${bump}`,
    '---',
    '',
    `Data: ${[count(changes.added.length, 'added'), count(changes.changed.length, 'changed'), count(changes.removed.length, 'removed')].join(', ')} ${
      changes.since ? `since ${changes.since}` : '(first release)'
    }.`,
    '',
  ];
  if (changes.added.length) lines.push(`- Added: ${slugs(changes.added)}`);
  if (changes.changed.length) lines.push(`- Changed: ${changes.changed.map((c) => `\`${c.slug}\` (${c.fields.join(', ')})`).join(', ')}`);
  if (changes.removed.length) lines.push(`- Removed: ${slugs(changes.removed)}`);
  return lines.join('\n') + '\n';
}

/** Computes the changes since `since` (default: the last release tag) and writes, rewrites or deletes the changeset. */
export function updateDataChangeset(root: string, options: { since?: string; dryRun?: boolean } = {}): { changes: DataChanges; text?: string } {
  const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
  const since = options.since ?? lastReleaseTag(root, name);
  const changes = diffRecords(since ? recordsAt(root, since) : new Map(), currentRecords(root), since);
  const text = changesetFor(name, changes);
  if (!options.dryRun) {
    const path = join(root, CHANGESET_FILE);
    if (text) {
      writeFileAtomic(path, text);
    } else if (existsSync(path)) {
      rmSync(path);
    }
  }
  return { changes, ...(text ? { text } : {}) };
}
