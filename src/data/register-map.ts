import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './load-records.js';
import { formatPath, type Problem } from './problems.js';

/** The harvested registers, by the number an entry of the map names: what each holds is in shared/sources/. */
export const REGISTERS = {
  1: 'cedefop-elet-register.json',
  2: 'cedefop-elet-register-2.json',
} as const;

/** Fields every map entry has: which entry of which register, as harvested, and why it was decided so when that needs saying. */
const entryFields = {
  /** The register the entry belongs to (see {@link REGISTERS}). */
  register: z.union([z.literal(1), z.literal(2)]),
  /** Position of the entry in its register's `resources` list. */
  index: z.int().nonnegative(),
  registerSlug: z.string().nullable(),
  registerTitle: z.string().nullable(),
  /** An entry of register 1 that this register-2 entry completes (its index there). */
  completes: z.int().nonnegative().optional(),
  /** Why the entry was decided as it was (duplicates, items sharing a title, what is still missing). */
  note: z.string().min(1).optional(),
};

/**
 * `data/register-map.json`: what became of each entry of the harvested registers (shared/sources/): the record it
 * became, or why it did not become one.
 */
const RegisterEntrySchema = z.union([z.strictObject({ ...entryFields, record: z.string() }), z.strictObject({ ...entryFields, excluded: z.string().min(1) })]);
export const RegisterMapSchema = z.array(RegisterEntrySchema);
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;
/** A register entry that did not become a record. */
export type ExcludedEntry = Extract<RegisterEntry, { excluded: string }>;

/** `register 2 entry 31`: how the map and the report name an entry. */
export function entryName(entry: Pick<RegisterEntry, 'register' | 'index'>): string {
  return `register ${entry.register} entry ${entry.index}`;
}

/** Problems of the map as a whole: entries mapped twice, records that do not exist, completions of unmapped entries. */
function crossCheck(entries: readonly RegisterEntry[], slugs: ReadonlySet<string>, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const key = `${entry.register}:${entry.index}`;
    if (seen.has(key)) problems.push({ file, field: `[${i}].index`, message: `${entryName(entry)} is mapped twice` });
    seen.add(key);
    if ('record' in entry && !slugs.has(entry.record)) problems.push({ file, field: `[${i}].record`, message: `no record with slug "${entry.record}"` });
  });
  entries.forEach((entry, i) => {
    if (entry.completes === undefined) return;
    if (entry.register !== 2) problems.push({ file, field: `[${i}].completes`, message: 'only a register-2 entry completes one of register 1' });
    else if (!seen.has(`1:${entry.completes}`))
      problems.push({ file, field: `[${i}].completes`, message: `register 1 entry ${entry.completes} is not in the map` });
  });
  return problems;
}

/** Reads the register map and checks that every entry is mapped once and every record it names exists. */
export function loadRegisterMap(dataDir: string, root: string, slugs: ReadonlySet<string>): { entries: RegisterEntry[]; problems: Problem[] } {
  const path = join(dataDir, 'register-map.json');
  const file = relative(root, path) || path;
  const problems: Problem[] = [];
  // Optional: a data folder of one's own (elet validate) has no harvested register behind it.
  if (!existsSync(path)) return { entries: [], problems };
  const raw = readJsonFile(path, root, dataDir, problems);
  if (raw === undefined) return { entries: [], problems };
  const parsed = RegisterMapSchema.safeParse(raw);
  if (!parsed.success) {
    return { entries: [], problems: parsed.error.issues.map((i) => ({ file, field: formatPath(i.path), message: i.message })) };
  }
  return { entries: parsed.data, problems: [...problems, ...crossCheck(parsed.data, slugs, file)] };
}
