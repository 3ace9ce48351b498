import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataReport, dataReportFigures } from '../src/data/data-report.js';
import { canonicalToolkitPage, ownPageSeen } from '../src/data/own-page.js';
import { REGISTERS, type RegisterEntry } from '../src/data/register-map.js';
import { validateData } from '../src/data/validate-data.js';
import { TOOLKIT_PAGE_PREFIX } from '../src/schema.js';
import { fold } from '../src/text.js';
import { ROOT, rawRecords, sharedDir } from './helpers/project.js';

/** One entry of a harvested register, in the fields both registers share (register 2 names its title `titleShown`). */
interface HarvestedEntry {
  slug: string | null;
  title?: string;
  titleShown?: string | null;
  subtitle?: string | null;
  type?: string | null;
  keyPoints?: string[];
  sourceUrl?: string;
  seenAt?: string[];
  resolvesExcludedRegisterSlug?: string | null;
}
const registers = Object.fromEntries(
  Object.entries(REGISTERS).map(([n, file]) => [
    n,
    (JSON.parse(readFileSync(join(sharedDir(), 'sources', file), 'utf8')) as { resources: HarvestedEntry[] }).resources,
  ]),
) as Record<keyof typeof REGISTERS, HarvestedEntry[]>;
const harvested = (e: Pick<RegisterEntry, 'register' | 'index'>) => registers[e.register][e.index]!;
/** The title line an entry shows, if it shows one. */
const titleOf = (h: HarvestedEntry) => h.title ?? h.titleShown ?? undefined;

/** The toolkit's type labels as the registers spell them, in the languages they were seen in. */
const TYPE_LABELS: Record<string, string> = {
  Publications: 'publication',
  Publikācijas: 'publication',
  'Good practice': 'good-practice',
  Tools: 'tool',
  'Toolkits and tools': 'tool',
  'Statistics and data': 'statistics',
  'Statistics and Data': 'statistics',
  'Quick win': 'quick-win',
  'Quick wins': 'quick-win',
};

const { records, register: map } = validateData(ROOT);
const bySlug = new Map(records.map((r) => [r.slug, r]));
const mapped = map.filter((e): e is Extract<RegisterEntry, { record: string }> => 'record' in e);

describe('the register map', () => {
  it.each(Object.keys(REGISTERS).map(Number) as Array<keyof typeof REGISTERS>)(
    'accounts for every entry of register %i exactly once, as a record or with a reason',
    (n) => {
      expect(map.filter((e) => e.register === n).map((e) => e.index)).toEqual(registers[n].map((_, i) => i));
      for (const e of map.filter((x) => x.register === n)) {
        if ('record' in e) expect(bySlug.has(e.record), `entry ${e.index} → ${e.record}`).toBe(true);
        else expect(e.excluded.trim().length, `entry ${e.index} has a reason`).toBeGreaterThan(0);
      }
    },
  );

  it('matches each register entry it names (slug and title as harvested)', () => {
    for (const e of map) {
      const entry = harvested(e);
      expect(e.registerSlug, `register ${e.register} entry ${e.index}`).toBe(entry.slug);
      if (titleOf(entry)) expect(e.registerTitle, `register ${e.register} entry ${e.index}`).toBe(titleOf(entry));
    }
  });

  it('carries every shown title, subtitle and type over exactly', () => {
    for (const e of mapped) {
      const entry = harvested(e);
      const r = bySlug.get(e.record)!;
      const title = titleOf(entry);
      if (title) {
        expect(r.title, `register ${e.register} entry ${e.index}`).toBe(title);
        expect(r.titleSource, `${r.slug}: titleSource`).toBeDefined();
        if (entry.subtitle) expect(r.subtitle, `register ${e.register} entry ${e.index}`).toBe(entry.subtitle);
      }
      if (entry.type) {
        expect(r.type, `register ${e.register} entry ${e.index}`).toBe(TYPE_LABELS[entry.type]);
        expect(r.typeSource, `${r.slug}: typeSource`).toBe('shown');
      }
    }
  });

  it('keeps every page where an entry was seen', () => {
    for (const e of mapped) {
      const entry = harvested(e);
      const r = bySlug.get(e.record)!;
      const kept = [r.sourceUrl, ...r.seenAt];
      if (entry.sourceUrl) expect(kept, `register ${e.register} entry ${e.index}`).toContain(entry.sourceUrl);
      for (const url of entry.seenAt ?? []) expect(kept, `register ${e.register} entry ${e.index}`).toContain(url);
    }
  });

  it('names the register-1 entry each register-2 entry completes, and that entry says what is still missing', () => {
    registers[2].forEach((entry, index) => {
      const e = map.find((x) => x.register === 2 && x.index === index)!;
      const completes = /register index (\d+)/.exec(entry.resolvesExcludedRegisterSlug ?? '')?.[1];
      expect(e.completes, `register 2 entry ${index}`).toBe(completes === undefined ? undefined : Number(completes));
      if (e.completes === undefined) return;
      const earlier = map.find((x) => x.register === 1 && x.index === e.completes)!;
      if ('excluded' in earlier) expect(earlier.note, `register 1 entry ${earlier.index}`).toMatch(/still missing/);
    });
  });

  it('explains every duplicate and every group of records sharing a title', () => {
    for (const e of map) if ('excluded' in e && /duplicate/.test(e.excluded)) expect(e.note, `register ${e.register} entry ${e.index}`).toBeDefined();
    const titles = new Map<string, number>();
    for (const r of records) titles.set(r.title, (titles.get(r.title) ?? 0) + 1);
    for (const e of mapped) if ((titles.get(bySlug.get(e.record)!.title) ?? 0) > 1 && e.register === 2) expect(e.note, e.record).toBeDefined();
  });

  it('lists every excluded entry in the data report', () => {
    const report = dataReport(records, map);
    for (const e of map) if ('excluded' in e) expect(report).toContain(`| ${e.register} | ${e.index} |`);
  });
});

describe('records', () => {
  const raw = rawRecords();

  it('number at least 58 (42 before the second register, plus its 16 or more new titled entries)', () => {
    expect(records.length).toBeGreaterThanOrEqual(58);
  });

  it('have unique slugs and unique own toolkit pages', () => {
    expect(new Set(raw.map((r) => r.slug)).size).toBe(raw.length);
    const pages = records.flatMap((r) => (r.pageUrl ? [r.pageUrl] : []));
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('have an own page (pageUrl) exactly when a copy of it was seen, in canonical https /en/ form', () => {
    for (const r of records) {
      expect(r.pageUrl, r.slug).toBe(ownPageSeen(r));
      if (r.pageUrl) expect(r.pageUrl.startsWith(TOOLKIT_PAGE_PREFIX) && r.pageUrl.endsWith(`/${r.slug}`), r.slug).toBe(true);
    }
  });

  it('give as sourceUrl a page where they were seen, never another resource page as their own', () => {
    const strip = (u: string) => u.split('?')[0];
    for (const r of records) {
      expect(r.seenAt.map(strip), r.slug).toContain(strip(r.sourceUrl));
      const page = canonicalToolkitPage(r.sourceUrl);
      if (page && !page.endsWith(`/${r.slug}`)) expect(r.pageUrl, `${r.slug} was seen on ${page}`).not.toBe(page);
    }
  });

  it('have a description of one to three sentences that copies no register key point', () => {
    for (const e of mapped) {
      const description = bySlug.get(e.record)!.description;
      expect(description.trim().length, e.record).toBeGreaterThan(40);
      const sentences = description.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;
      expect(sentences, `${e.record}: sentences`).toBeLessThanOrEqual(3);
      for (const point of harvested(e).keyPoints ?? []) {
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

describe('the data report', () => {
  const figures = dataReportFigures(records, map);

  it('states coverage per type, against the toolkit counts stored listings show', () => {
    const report = dataReport(records, map);
    expect(report).toContain('## Coverage per type');
    for (const c of figures.coverage) {
      expect(c.records).toBe(records.filter((r) => r.type === c.type).length);
      if (c.toolkit) expect(report).toContain(c.toolkit.seenAt);
    }
    expect(figures.coverage.find((c) => c.type === 'publication')?.toolkit?.count).toBe(76);
    expect(figures.coverage.find((c) => c.type === 'statistics')?.toolkit?.count).toBe(32);
  });

  it('counts every record once per title source and per type source', () => {
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(figures.titleSources)).toBe(records.length);
    expect(sum(figures.typeSources)).toBe(records.length);
    expect(figures.pages.distinct).toBe(figures.pages.records);
  });
});
