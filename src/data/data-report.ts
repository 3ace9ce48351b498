import { Catalogue } from '../catalogue.js';
import { CODE_FIELDS, FACET_NAMES, FACETS, type FacetName } from '../code-fields.js';
import type { AnyCode } from '../generated/vocabulary.js';
import { type Resource, TITLE_SOURCES, TYPE_SOURCES } from '../schema.js';
import { label } from '../vocabulary.js';
import { type ExcludedEntry, entryName, REGISTERS, type RegisterEntry } from './register-map.js';

/** A count of resources the toolkit itself shows, and the stored page that shows it. */
export interface ToolkitCount {
  count: number;
  seenAt: string;
}

/** The toolkit lists about this many resources (the 226-item listing); coverage is stated against it. */
export const TOOLKIT_SIZE = 226;

/**
 * Resources per type as the toolkit's own type-filtered listings count them, where a stored copy shows the count.
 * Listings of other types were not seen with a count, so their coverage is not stated.
 */
export const TOOLKIT_COUNT_BY_TYPE: Partial<Record<Resource['type'], ToolkitCount>> = {
  publication: {
    count: 76,
    seenAt: 'https://www.cedefop.europa.eu/pl/toolkits/vet-toolkit-tackling-early-leaving/resources?search=&type%5B0%5D=toolkit_study&page=6',
  },
  statistics: { count: 32, seenAt: 'https://www.cedefop.europa.eu/lv/toolkits/vet-toolkit-tackling-early-leaving/resources?search=&type%5B%5D=toolkit_data' },
};

const TYPE_CODES = CODE_FIELDS.type.codes;

/** Optional fields whose absence the report counts, so curators see where the data is thin. */
const OPTIONAL_FIELDS = [
  'year',
  'organisations',
  'languages',
  'downloads',
  'beneficiaries',
  'countries',
  'topics',
  'externalUrl',
  'subtitle',
  'pageUrl',
] as const;

/** Facets of the report: those curation may assign, so the report can tell the toolkit's values from curated ones. */
const REPORTED_FACETS: readonly FacetName[] = FACET_NAMES.filter((facet) => CODE_FIELDS[FACETS[facet].field].curatable);

function isMissing(record: Resource, field: (typeof OPTIONAL_FIELDS)[number]): boolean {
  const value = record[field];
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

/** How many records fall under each key, in the order of `keys` (zero counts kept, so every key is reported). */
function tally<K extends string>(records: readonly Resource[], keys: readonly K[], keyOf: (r: Resource) => K): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of records) out[keyOf(r)] += 1;
  return out;
}

/** Facet values shown by the toolkit vs assigned by curation, per reported facet. */
function facetProvenance(records: readonly Resource[]) {
  return Object.fromEntries(
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
}

/** Figures of the data-quality report, computed from the validated records and the register map. */
export function dataReportFigures(records: readonly Resource[], register: readonly RegisterEntry[]) {
  const byType = tally(records, TYPE_CODES, (r) => r.type);
  const coverage = TYPE_CODES.map((type) => ({ type, records: byType[type], toolkit: TOOLKIT_COUNT_BY_TYPE[type] }));
  const titleSources = tally(records, [...TITLE_SOURCES, 'not recorded'], (r) => r.titleSource ?? 'not recorded');
  const typeSources = tally(
    records,
    [...TYPE_SOURCES, 'curated', 'not recorded'],
    (r) => r.typeSource ?? (r.curated.includes('type') ? 'curated' : 'not recorded'),
  );
  const pageUrls = records.flatMap((r) => (r.pageUrl ? [r.pageUrl] : []));
  const registers = (Object.keys(REGISTERS).map(Number) as Array<keyof typeof REGISTERS>).map((n) => {
    const entries = register.filter((e) => e.register === n);
    return { register: n, file: REGISTERS[n], entries: entries.length, records: entries.filter((e) => 'record' in e).length };
  });
  const excluded = register.filter((e): e is ExcludedEntry => 'excluded' in e);
  const fromRegister = new Set(register.flatMap((e) => ('record' in e ? [e.record] : [])));
  return {
    total: records.length,
    counts: new Catalogue(records).facets(),
    coverage,
    provenance: facetProvenance(records),
    titleSources,
    typeSources,
    pages: { records: pageUrls.length, distinct: new Set(pageUrls).size },
    missing: Object.fromEntries(OPTIONAL_FIELDS.map((f) => [f, records.filter((r) => isMissing(r, f)).length])),
    registers,
    registerEntries: register.length,
    excluded,
    beyondRegister: records.filter((r) => !fromRegister.has(r.slug)).map((r) => r.slug),
  };
}

type Figures = ReturnType<typeof dataReportFigures>;

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;
/** A value fit for one Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** Coverage overall and per type, against the toolkit's own counts where a stored listing shows one. */
function coverageSection(f: Figures): string[] {
  const lines = ['## Coverage per type', '', '| type | records | the toolkit counts | coverage |', '| --- | ---: | ---: | ---: |'];
  for (const c of f.coverage) {
    lines.push(`| ${label(c.type)} | ${c.records} | ${c.toolkit ? c.toolkit.count : 'not shown'} | ${c.toolkit ? percent(c.records, c.toolkit.count) : '–'} |`);
  }
  lines.push(`| all types | ${f.total} | ~${TOOLKIT_SIZE} | ${percent(f.total, TOOLKIT_SIZE)} |`, '');
  lines.push("The toolkit's counts are those its stored listings show, each from a different copy and date:");
  for (const c of f.coverage) if (c.toolkit) lines.push(`- ${label(c.type)}: ${c.toolkit.count} items in the type-filtered listing ${c.toolkit.seenAt}`);
  lines.push(
    `- all types: the ${TOOLKIT_SIZE}-item version of the resources listing; other stored versions, from other dates or filters, show between 81 and 293.`,
  );
  lines.push('- Other types: no stored listing shows their count, so their coverage is not stated.', '');
  return lines;
}

/** Which registers the records come from, and where titles, types and own pages were read. */
function provenanceSection(f: Figures): string[] {
  const lines = ['## Registers', '', '| register | file | entries | became records | did not |', '| ---: | --- | ---: | ---: | ---: |'];
  for (const r of f.registers) lines.push(`| ${r.register} | ${r.file} | ${r.entries} | ${r.records} | ${r.entries - r.records} |`);
  lines.push('', '## Where titles, types and own pages were read', '', '| title read from | records |', '| --- | ---: |');
  for (const [source, n] of Object.entries(f.titleSources)) lines.push(`| ${source} | ${n} |`);
  lines.push('', '| type read from | records |', '| --- | ---: |');
  for (const [source, n] of Object.entries(f.typeSources)) lines.push(`| ${source} | ${n} |`);
  lines.push(
    '',
    `Own toolkit page (\`pageUrl\`) known for ${f.pages.records} records (${f.pages.distinct} distinct pages); ` +
      `${f.total - f.pages.records} records were seen only in listings or on other resources' pages.`,
    '',
  );
  return lines;
}

/** The register entries that did not become records, with their reasons and notes. */
function excludedSection(f: Figures): string[] {
  const lines = [
    '## Register entries not turned into records',
    '',
    '| register | index | register slug / title | reason | note |',
    '| ---: | ---: | --- | --- | --- |',
  ];
  for (const e of f.excluded) {
    lines.push(`| ${e.register} | ${e.index} | ${cell(e.registerSlug ?? e.registerTitle ?? '(no title)')} | ${e.excluded} | ${cell(e.note ?? '')} |`);
  }
  const reasons = new Map<string, number>();
  for (const e of f.excluded) reasons.set(e.excluded, (reasons.get(e.excluded) ?? 0) + 1);
  lines.push('', 'By reason: ' + [...reasons].map(([r, n]) => `${r}: ${n}`).join('; ') + '.');
  const completing = f.excluded.filter((e) => e.completes !== undefined);
  if (completing.length) {
    lines.push(
      `Entries of register 2 that complete an excluded one of register 1: ${completing.map((e) => `${entryName(e)} → register 1 entry ${e.completes}`).join(', ')}.`,
    );
  }
  lines.push('');
  return lines;
}

/** The data-quality report as Markdown. */
export function dataReport(records: readonly Resource[], register: readonly RegisterEntry[]): string {
  const f = dataReportFigures(records, register);
  const lines = [
    '# Data-quality report',
    '',
    `${f.total} records, covering ${f.total} of the toolkit's ~${TOOLKIT_SIZE} resources (${percent(f.total, TOOLKIT_SIZE)}). ` +
      `The harvested registers hold ${f.registerEntries} entries: ${f.registerEntries - f.excluded.length} became records, ${f.excluded.length} did not (listed below). ` +
      `${f.beyondRegister.length} record${f.beyondRegister.length === 1 ? ' comes' : 's come'} from further stored toolkit pages found after the registers.`,
    '',
    ...coverageSection(f),
    ...provenanceSection(f),
  ];
  for (const facet of REPORTED_FACETS) {
    const p = f.provenance[facet];
    lines.push(
      `## Records per ${facet}`,
      '',
      `Facet values shown by the toolkit: ${p.toolkit}; assigned by curation: ${p.curated}.`,
      '',
      '| code | label | records |',
      '| --- | --- | ---: |',
    );
    const row = f.counts[facet] as Record<string, number>;
    for (const [code, n] of Object.entries(row).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))) {
      if (n > 0) lines.push(`| ${code} | ${label(code as AnyCode)} | ${n} |`);
    }
    lines.push('');
  }
  lines.push('## Records missing optional fields', '', '| field | records without it |', '| --- | ---: |');
  for (const [field, n] of Object.entries(f.missing)) lines.push(`| ${field} | ${n} |`);
  if (f.beyondRegister.length) lines.push('', '## Records from stored pages beyond the registers', '', ...f.beyondRegister.map((slug) => `- ${slug}`));
  lines.push('', ...excludedSection(f));
  return lines.join('\n');
}

/** The report for the project at `root`, read and validated afresh (the build writes it to dist/data-report.md). */
export async function dataReportFor(root: string): Promise<string> {
  const { validateData } = await import('./validate-data.js');
  const data = validateData(root);
  return dataReport(data.records, data.register);
}
