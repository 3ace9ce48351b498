import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../src/data/validate-data.js';
import { dataReport } from '../src/data/data-report.js';
import { fold } from '../src/text.js';
import { ROOT, rawRecords, sharedDir } from './helpers/project.js';

interface RegisterEntry {
  slug: string | null;
  title?: string;
  keyPoints?: string[];
  sourceUrl?: string;
}
const register = (JSON.parse(readFileSync(join(sharedDir(), 'sources', 'cedefop-elet-register.json'), 'utf8')) as { resources: RegisterEntry[] }).resources;
const { records, register: map } = validateData(ROOT);
const bySlug = new Map(records.map((r) => [r.slug, r]));

describe('the register map', () => {
  it('accounts for every register entry exactly once, as a record or with a reason', () => {
    expect(map.map((e) => e.index)).toEqual(register.map((_, i) => i));
    for (const e of map) {
      if ('record' in e) expect(bySlug.has(e.record), `entry ${e.index} → ${e.record}`).toBe(true);
      else expect(e.excluded.trim().length, `entry ${e.index} has a reason`).toBeGreaterThan(0);
    }
  });

  it('matches each register entry it names (slug and title as harvested)', () => {
    for (const e of map) {
      const entry = register[e.index]!;
      expect(e.registerSlug, `entry ${e.index}`).toBe(entry.slug);
      if (entry.title) expect(e.registerTitle, `entry ${e.index}`).toBe(entry.title);
    }
  });

  it('keeps the toolkit page of every register entry that had one', () => {
    for (const e of map) {
      const entry = register[e.index]!;
      if ('record' in e && entry.sourceUrl) {
        const r = bySlug.get(e.record)!;
        expect([r.sourceUrl, ...r.seenAt], `entry ${e.index}`).toContain(entry.sourceUrl);
      }
    }
  });

  it('lists every excluded entry in the data report', () => {
    const report = dataReport(records, map);
    for (const e of map) if ('excluded' in e) expect(report).toContain(`| ${e.index} |`);
  });
});

describe('records', () => {
  const raw = rawRecords();

  it('have unique slugs and unique own toolkit pages', () => {
    expect(new Set(raw.map((r) => r.slug)).size).toBe(raw.length);
    const own = raw.map((r) => String(r.sourceUrl)).filter((u, i) => u.endsWith(`/resources/${raw[i]!.slug}`));
    expect(new Set(own.map((u) => u.split('/').pop())).size).toBe(own.length);
  });

  it('have a description of one to three sentences that copies no register key point', () => {
    for (const e of map) {
      if (!('record' in e)) continue;
      const description = bySlug.get(e.record)!.description;
      expect(description.trim().length, e.record).toBeGreaterThan(40);
      const sentences = description.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;
      expect(sentences, `${e.record}: sentences`).toBeLessThanOrEqual(3);
      for (const point of register[e.index]!.keyPoints ?? []) {
        expect(fold(description), `${e.record} copies the key point "${point}"`).not.toContain(fold(point));
      }
    }
  });

  it('name curated facets only when the facet has a value', () => {
    for (const r of records) {
      for (const facet of r.curated) {
        const value = r[facet];
        expect(Array.isArray(value) ? value.length : 1, `${r.slug}: curated ${facet} is empty`).toBeGreaterThan(0);
      }
    }
  });
});
