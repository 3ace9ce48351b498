import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { type CatalogueInfo, CatalogueInfoSchema, type Resource, ResourceSchema } from '../schema.js';
import { fold } from '../text.js';
import { firstDuplicateKey } from './duplicate-keys.js';
import { pageUrlProblem } from './own-page.js';
import { formatPath, type Problem } from './problems.js';
import { comparableText, unsafeTextProblem } from './unsafe-text.js';

/** Larger files are refused before parsing: no record is anywhere near this. */
const MAX_FILE_BYTES = 1024 * 1024;

/** Deeper than any record needs (a record is at most 4 levels deep). */
const MAX_DEPTH = 16;
/** Keys that reach `Object.prototype` in consumers that copy data with `target[key] = value`. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first value that no data file should hold, with its path; iterative, so any nesting depth is safe. */
function unsafeJsonValue(root: unknown): { field: string; message: string } | undefined {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { value, path } = top;
    if (typeof value === 'string') {
      const bad = unsafeTextProblem(value);
      if (bad) return { field: formatPath(path), message: bad };
    } else if (typeof value === 'object' && value !== null) {
      if (path.length >= MAX_DEPTH) return { field: formatPath(path), message: `nested deeper than ${MAX_DEPTH} levels` };
      for (const [key, item] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) return { field: formatPath([...path, key]), message: `key "${key}" is not allowed (prototype pollution)` };
        const badKey = unsafeTextProblem(key);
        if (badKey) return { field: formatPath([...path, key]), message: `key ${badKey}` };
        stack.push({ value: item, path: [...path, Array.isArray(value) ? Number(key) : key] });
      }
    }
  }
  return undefined;
}

/**
 * Reads and parses one JSON data file, refusing what a text editor would not show as plain JSON
 * (symlinks leaving the data folder, anything but a regular file, oversized files, invalid UTF-8, a BOM, NUL bytes)
 * and values no record needs (control characters, prototype-polluting keys, deep nesting).
 */
export function readJsonFile(path: string, root: string, allowedDir: string, problems: Problem[]): unknown {
  const file = relative(root, path) || path;
  try {
    if (lstatSync(path).isSymbolicLink()) {
      const target = realpathSync(path);
      const base = realpathSync(allowedDir);
      if (!target.startsWith(base + sep)) {
        problems.push({ file, message: `symbolic link points outside ${relative(root, allowedDir) || allowedDir}: ${target}` });
        return undefined;
      }
    }
    // Checked before reading: a FIFO named *.json would block the build forever, a huge file would fill memory.
    const stat = statSync(path);
    if (!stat.isFile()) {
      problems.push({ file, message: 'not a regular file' });
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) {
      problems.push({ file, message: `file is ${stat.size} bytes; the limit is ${MAX_FILE_BYTES}` });
      return undefined;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw error;
      problems.push({ file, message: 'file is not valid UTF-8; save it as UTF-8' });
      return undefined;
    }
    if (text.charCodeAt(0) === 0xfeff) {
      problems.push({ file, message: 'file starts with a byte-order mark; save it as UTF-8 without BOM' });
      return undefined;
    }
    if (text.includes('\0')) {
      problems.push({ file, message: 'file contains a NUL byte' });
      return undefined;
    }
    const value: unknown = JSON.parse(text);
    const unsafe = unsafeJsonValue(value);
    if (unsafe) {
      problems.push({ file, ...(unsafe.field ? { field: unsafe.field } : {}), message: unsafe.message });
      return undefined;
    }
    const duplicate = firstDuplicateKey(text);
    if (duplicate) {
      problems.push({
        file,
        field: formatPath(duplicate),
        message: `key "${String(duplicate.at(-1))}" appears twice in one object (readers disagree on which one counts)`,
      });
      return undefined;
    }
    return value;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    problems.push({ file, message: e.code ? `cannot read file (${e.code})` : `invalid JSON: ${e.message}` });
    return undefined;
  }
}

function zodProblems(error: z.ZodError, file: string, record?: string): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path;
    const field = formatPath(path);
    // zod words an absent field as a type mismatch ("expected string, received undefined").
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return { file, ...(record ? { record } : {}), ...(field ? { field } : {}), message: missing ? 'required field is missing' : issue.message };
  });
}

/**
 * Validates every `*.json` file in `dir` against the record schema and cross-checks the set:
 * slug equals file name, slugs and own pages (`pageUrl`) unique, a `pageUrl` only where a copy of it was seen.
 * Returns records sorted by slug and every problem found.
 */
export function loadRecords(dir: string, root: string): { records: Resource[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records: Resource[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    return { records, problems: [{ file: relative(root, dir) || dir, message: `cannot read folder (${(error as NodeJS.ErrnoException).code})` }] };
  }
  const bySlug = new Map<string, string>();
  const byPage = new Map<string, string>();
  const byIdentity = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(root, path) || path;
    if (!name.endsWith('.json')) {
      // `x.JSON` is a record its author meant to add: refused loudly rather than skipped silently.
      if (name.toLowerCase().endsWith('.json')) problems.push({ file, message: `not read: the extension must be lower-case ".json"` });
      continue;
    }
    const raw = readJsonFile(path, root, dir, problems);
    if (raw === undefined) continue;
    const slugHint = typeof raw === 'object' && raw && typeof (raw as { slug?: unknown }).slug === 'string' ? (raw as { slug: string }).slug : undefined;
    const parsed = ResourceSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, file, slugHint));
      continue;
    }
    const record = parsed.data;
    const where = { file, record: record.slug };
    if (basename(name, '.json') !== record.slug) {
      problems.push({ ...where, field: 'slug', message: `slug "${record.slug}" differs from the file name "${name}"` });
    }
    const other = bySlug.get(record.slug);
    if (other) problems.push({ ...where, field: 'slug', message: `slug "${record.slug}" is also used by ${other}` });
    bySlug.set(record.slug, file);
    // A record's own page is its identity on the web: known only from a stored copy, and never shared (crawlers merge records by it).
    const pageProblem = pageUrlProblem(record);
    if (pageProblem) problems.push({ ...where, field: 'pageUrl', message: pageProblem });
    if (record.pageUrl) {
      const twin = byPage.get(record.pageUrl);
      if (twin) problems.push({ ...where, field: 'pageUrl', message: `page ${record.pageUrl} is also the pageUrl of ${twin}` });
      byPage.set(record.pageUrl, file);
    }
    // The same resource entered twice under two slugs shows up as the same type and title.
    // Compared as shown: an NBSP, a doubled space or a compatibility form does not make a title different.
    const shown = (t: string) => fold(comparableText(t));
    const identity = `${record.type}\u0000${shown(record.title)}\u0000${shown(record.subtitle ?? '')}`;
    const same = byIdentity.get(identity);
    if (same) problems.push({ ...where, field: 'title', message: `same type, title and subtitle as ${same}` });
    byIdentity.set(identity, file);
    records.push(record);
  }
  records.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { records, problems };
}

/** Reads and validates `data/catalogue.json`. */
export function loadCatalogueInfo(path: string, root: string): { info?: CatalogueInfo; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = readJsonFile(path, root, join(path, '..'), problems);
  if (raw === undefined) return { problems };
  const parsed = CatalogueInfoSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { problems: zodProblems(parsed.error, relative(root, path) || path) };
  return { info: parsed.data, problems };
}
