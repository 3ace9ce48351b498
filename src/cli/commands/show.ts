import type { Command } from 'commander';
import type { AnyCode } from '../../generated/vocabulary.js';
import { catalogue } from '../../package-catalogue.js';
import { resourceIri } from '../../rdf/iri.js';
import type { Resource } from '../../resource.js';
import { didYouMean, suggest } from '../../suggest.js';
import { label } from '../../vocabulary.js';
import { UsageError } from '../errors.js';
import { quoted } from '../escape.js';
import type { CliIo } from '../io.js';

/** The record with this slug, or a usage error suggesting close slugs. */
export function findResource(slug: string): Resource {
  const found = catalogue.get(slug);
  if (found) return found;
  const close = suggest(
    slug,
    catalogue.resources.map((r) => ({ value: r.slug, names: [r.title] })),
  );
  throw new UsageError(`no resource with slug ${quoted(slug)}${didYouMean(close)}\nrun \`elet list\` to see every slug`);
}

const codes = (list: readonly string[]) => list.map((c) => `${label(c as AnyCode)} (${c})`).join(', ');

/** The record as labelled lines; empty fields are left out. */
export function describe(r: Resource): string {
  const rows: [string, string | undefined][] = [
    ['slug', r.slug],
    ['IRI', resourceIri(r.slug)],
    ['type', codes([r.type])],
    ['subtitle', r.subtitle],
    ['original title', r.originalTitle && `${r.originalTitle.text} (${r.originalTitle.language})`],
    ['countries', codes(r.countries)],
    ['beneficiaries', codes(r.beneficiaries)],
    ['languages', codes(r.languages)],
    ['topics', codes(r.topics)],
    ['initiative types', codes(r.initiativeTypes)],
    ['education levels', codes(r.educationLevels)],
    ['implementation', codes([...r.implementationLevels, ...r.implementationStages])],
    ['year', r.year === undefined ? undefined : String(r.year)],
    ['date', r.date],
    ['organisations', r.organisations.join('; ')],
    ['keywords', r.keywords.join('; ')],
    ['source', r.sourceUrl],
    ['website', r.externalUrl],
  ];
  const pad = Math.max(...rows.map(([k]) => k.length)) + 2;
  const lines = [r.title, '', r.description, ''];
  for (const [key, value] of rows) if (value) lines.push(`${key.padEnd(pad)}${value}`);
  if (r.downloads.length) {
    lines.push('downloads');
    for (const d of r.downloads) {
      const facts = [d.language, d.size?.shown].filter(Boolean).join(', ');
      lines.push(`  - ${d.title}${facts ? ` [${facts}]` : ''}${d.url ? `\n    ${d.url}` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** `elet show <slug>`: one resource in full. */
export function registerShow(program: Command, io: CliIo): void {
  program
    .command('show')
    .description('show one resource in full')
    .argument('<slug>', 'the resource slug (the last segment of its toolkit URL), as listed by `elet list`')
    .option('--json', 'print the record as JSON instead')
    .action((slug: string, options: { json?: boolean }) => {
      const record = findResource(slug);
      io.out(options.json ? JSON.stringify(record, null, 2) + '\n' : describe(record));
    });
}
