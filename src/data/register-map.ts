import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './load-records.js';
import { formatPath, type Problem } from './problems.js';

/**
 * `data/register-map.json`: what became of each entry of the harvested register
 * (shared/sources/cedefop-elet-register.json): the record it became, or why it did not become one.
 */
const RegisterEntrySchema = z.union([
  z.strictObject({ index: z.int().nonnegative(), registerSlug: z.string().nullable(), registerTitle: z.string().nullable(), record: z.string() }),
  z.strictObject({ index: z.int().nonnegative(), registerSlug: z.string().nullable(), registerTitle: z.string().nullable(), excluded: z.string().min(1) }),
]);
export const RegisterMapSchema = z.array(RegisterEntrySchema);
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

/** Reads the register map and checks that every record it names exists. */
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
  const seen = new Set<number>();
  parsed.data.forEach((entry, i) => {
    if (seen.has(entry.index)) problems.push({ file, field: `[${i}].index`, message: `register entry ${entry.index} is mapped twice` });
    seen.add(entry.index);
    if ('record' in entry && !slugs.has(entry.record)) problems.push({ file, field: `[${i}].record`, message: `no record with slug "${entry.record}"` });
  });
  return { entries: parsed.data, problems };
}
