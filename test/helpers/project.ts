/** Paths and raw data shared by tests: the project root, the reference material, the data files as written. */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The reference material the tests read (standards, source registers), copied into the repository so a clone alone runs the suite. */
export function sharedDir(): string {
  const dir = join(ROOT, 'test', 'fixtures', 'reference');
  if (!existsSync(join(dir, 'standards'))) throw new Error(`reference material not found at ${dir}`);
  return dir;
}

/** The record files exactly as written, parsed without the schema (an independent view for brute-force checks). */
export function rawRecords(): Array<Record<string, unknown> & { slug: string }> {
  const dir = join(ROOT, 'data', 'resources');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown> & { slug: string })
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** A list field of a raw record, treating an omitted list as empty (as the schema does). */
export function list(record: Record<string, unknown>, field: string): string[] {
  const v = record[field];
  return Array.isArray(v) ? (v as string[]) : [];
}

/**
 * A throw-away copy of the project's build inputs (node_modules linked, generated code left out), so a test
 * can break its data or kill its build without touching the real project. `data` replaces `data/` when given.
 */
export function copyProject(prefix: string, options: { data?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const entries = ['package.json', 'tsconfig.json', 'tsup.config.ts', 'src', 'scripts', 'vocab', ...(options.data ? [] : ['data'])];
  for (const entry of entries) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (src) => !src.includes(join('src', 'generated')) });
  }
  if (options.data) cpSync(options.data, join(dir, 'data'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Path → sha256 of every file under `dir`: equal maps mean byte-identical trees. */
export function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}
