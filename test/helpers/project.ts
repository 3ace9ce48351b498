/** Paths and raw data shared by tests: the project root, the shared folder beside it, the data files as written. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The shared reference material (standards, sources), which CI lays beside the clone. */
export function sharedDir(): string {
  const dir = join(ROOT, '..', 'shared');
  if (!existsSync(join(dir, 'standards'))) throw new Error(`shared material not found at ${dir}: tests need ../shared beside the project`);
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
