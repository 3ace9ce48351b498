import { Catalogue } from '../catalogue.js';
import { CODE_FIELDS, FACET_NAMES, FACETS, type FacetName } from '../code-fields.js';
import type { Resource } from '../schema.js';
import { label } from '../vocabulary.js';
import type { RegisterEntry } from './register-map.js';

/** The toolkit lists about this many resources (the 226-item listing); coverage is stated against it. */
export const TOOLKIT_SIZE = 226;

/** Optional fields whose absence the report counts, so curators see where the data is thin. */
const OPTIONAL_FIELDS = ['year', 'organisations', 'languages', 'downloads', 'beneficiaries', 'countries', 'topics', 'externalUrl', 'subtitle'] as const;

/** Facets of the report: those curation may assign, so the report can tell the toolkit's values from curated ones. */
const REPORTED_FACETS: readonly FacetName[] = FACET_NAMES.filter((facet) => CODE_FIELDS[FACETS[facet].field].curatable);

function isMissing(record: Resource, field: (typeof OPTIONAL_FIELDS)[number]): boolean {
  const value = record[field];
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

/** Figures of the data-quality report, computed from the validated records and the register map. */
export function dataReportFigures(records: readonly Resource[], register: readonly RegisterEntry[]) {
  const counts = new Catalogue(records).facets();
  const provenance = Object.fromEntries(
    REPORTED_FACETS.map((facet) => {
      const field = FACETS[facet].field;
      let toolkit = 0;
      let curated = 0;
      for (const r of records) {
        const value = r[field];
        const n = Array.isArray(value) ? value.length : 1;
        if ((r.curated as readonly string[]).includes(field)) curated += n;
        else toolkit += n;
      }
      return [facet, { toolkit, curated }];
    }),
  ) as Record<FacetName, { toolkit: number; curated: number }>;
  const missing = Object.fromEntries(OPTIONAL_FIELDS.map((f) => [f, records.filter((r) => isMissing(r, f)).length]));
  const excluded = register.filter((e): e is Extract<RegisterEntry, { excluded: string }> => 'excluded' in e);
  const fromRegister = new Set(register.flatMap((e) => ('record' in e ? [e.record] : [])));
  const beyondRegister = records.filter((r) => !fromRegister.has(r.slug)).map((r) => r.slug);
  return { total: records.length, counts, provenance, missing, registerEntries: register.length, excluded, beyondRegister };
}

/** The data-quality report as Markdown. */
export function dataReport(records: readonly Resource[], register: readonly RegisterEntry[]): string {
  const f = dataReportFigures(records, register);
  const lines = [
    '# Data-quality report',
    '',
    `${f.total} records, covering ${f.total} of the toolkit's ~${TOOLKIT_SIZE} resources (${((100 * f.total) / TOOLKIT_SIZE).toFixed(0)}%). ` +
      `The harvested register holds ${f.registerEntries} entries: ${f.registerEntries - f.excluded.length} became records, ${f.excluded.length} did not (listed below). ` +
      `${f.beyondRegister.length} record${f.beyondRegister.length === 1 ? ' comes' : 's come'} from further stored toolkit pages found after the register.`,
    '',
  ];
  for (const facet of REPORTED_FACETS) {
    const p = f.provenance[facet];
    lines.push(`## Records per ${facet}`, '', `Facet values shown by the toolkit: ${p.toolkit}; assigned by curation: ${p.curated}.`, '', '| code | label | records |', '| --- | --- | ---: |');
    const row = f.counts[facet] as Record<string, number>;
    for (const [code, n] of Object.entries(row).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))) {
      if (n > 0) lines.push(`| ${code} | ${label(code)} | ${n} |`);
    }
    lines.push('');
  }
  lines.push('## Records missing optional fields', '', '| field | records without it |', '| --- | ---: |');
  for (const [field, n] of Object.entries(f.missing)) lines.push(`| ${field} | ${n} |`);
  if (f.beyondRegister.length) lines.push('', '## Records from stored pages beyond the register', '', ...f.beyondRegister.map((slug) => `- ${slug}`));
  lines.push('', '## Register entries not turned into records', '', '| index | register slug / title | reason |', '| ---: | --- | --- |');
  for (const e of f.excluded) lines.push(`| ${e.index} | ${(e.registerSlug ?? e.registerTitle ?? '(no title)').replace(/\|/g, '\\|')} | ${e.excluded} |`);
  const reasons = new Map<string, number>();
  for (const e of f.excluded) reasons.set(e.excluded, (reasons.get(e.excluded) ?? 0) + 1);
  lines.push('', 'By reason: ' + [...reasons].map(([r, n]) => `${r}: ${n}`).join('; ') + '.', '');
  return lines.join('\n');
}

/** The report for the project at `root`, read and validated afresh (the build writes it to dist/data-report.md). */
export async function dataReportFor(root: string): Promise<string> {
  const { validateData } = await import('./validate-data.js');
  const data = validateData(root);
  return dataReport(data.records, data.register);
}
