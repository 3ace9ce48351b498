/** The filter options shared by `list`, `facets` and `export`, and their translation into a {@link ResourceFilter}. */

import { type Command, InvalidArgumentError, Option } from 'commander';
import type { ResourceFilter } from '../catalogue.js';
import { CODE_FIELDS, type CodeFieldSpec, FACET_NAMES, FACETS, type FacetName } from '../code-fields.js';
import type { AnyCode } from '../generated/vocabulary.js';
import { type Candidate, didYouMean, suggest } from '../suggest.js';
import { MAX_QUERY_WORDS, queryWords } from '../text.js';
import { getConcept, label } from '../vocabulary.js';
import { UsageError } from './errors.js';
import { quoted } from './escape.js';

/** Facet name → command-line flag (`initiativeType` → `initiative-type`). */
export function flagOf(facet: FacetName): string {
  return facet.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** What the help says a facet's codes are: the field table's noun, with its hint. */
function describe(facet: FacetName): string {
  const row: CodeFieldSpec = CODE_FIELDS[FACETS[facet].field];
  return row.hint ? `${row.noun} (${row.hint})` : row.noun;
}

/**
 * Repeated or comma-separated values accumulate: `--country ES,PT` = `--country ES --country PT`.
 * An empty code (`--country ''`, `','`, `ES,`) is refused: ignoring it would silently widen the filter.
 */
function collect(value: string, previous: string[] = []): string[] {
  const codes = value.split(',').map((v) => v.trim());
  if (codes.some((c) => c === '')) throw new InvalidArgumentError('expected codes separated by commas, none of them empty.');
  return [...previous, ...codes];
}

/** Adds `--type`, `--country`, `--beneficiary`, `--language`, `--topic`, `--initiative-type` and `--text`. */
export function addFilterOptions(command: Command): Command {
  for (const facet of FACET_NAMES) {
    const codes = FACETS[facet].codes;
    const shown = codes.length <= 12 ? codes.join(', ') : `${codes.slice(0, 6).join(', ')}, … (see \`elet facets\`)`;
    command.addOption(new Option(`--${flagOf(facet)} <codes>`, `${describe(facet)} code: ${shown}; several mean any of them`).argParser(collect));
  }
  command.option('--text <words>', 'words that title, description or keywords must contain (start of words; case and accents ignored)');
  return command;
}

/** Every code of a facet with its English labels, for suggestions ("spain" → ES). */
function candidates(facet: FacetName): Candidate[] {
  return FACETS[facet].codes.map((code) => {
    const { concept } = getConcept(code);
    return { value: code, names: [concept.prefLabel.en ?? code, ...(concept.altLabel.en ?? [])] };
  });
}

/**
 * The code as the vocabulary spells it: exact, or the single code equal to it ignoring case (`es` → `ES`).
 * @throws UsageError naming the facet, with close codes as suggestions.
 */
export function resolveCode(facet: FacetName, input: string): string {
  const codes: readonly string[] = FACETS[facet].codes;
  if (codes.includes(input)) return input;
  const folded = codes.filter((c) => c.toLowerCase() === input.toLowerCase());
  if (folded.length === 1) return folded[0]!;
  const hint = didYouMean(suggest(input, candidates(facet)), (code) => `"${code}" (${label(code as AnyCode)})`);
  throw new UsageError(`unknown ${flagOf(facet).replace('-', ' ')} code ${quoted(input)}${hint}\nknown codes: ${codes.join(', ')}`);
}

/** Options as commander parsed them: one list of strings per facet, plus `text`. */
export type FilterOptions = Partial<Record<FacetName, string[]>> & { text?: string };

/** Turns parsed options into a catalogue filter, checking every code. */
export function filterFrom(options: FilterOptions): ResourceFilter {
  const filter: Record<string, unknown> = {};
  for (const facet of FACET_NAMES) {
    const values = options[facet];
    if (values?.length) filter[facet] = values.map((v) => resolveCode(facet, v));
  }
  if (options.text !== undefined) filter.text = searchText(options.text);
  return filter as ResourceFilter;
}

/**
 * `--text` as the words searched for, each once (100,000 × "a" is one lookup, not 100,000).
 * @throws UsageError when it has no word (it would match everything) or too many different ones.
 */
function searchText(text: string): string {
  const words = queryWords(text, MAX_QUERY_WORDS + 1);
  if (!words.length) throw new UsageError(`--text ${quoted(text.length > 80 ? `${text.slice(0, 80)}…` : text)} has no word to search for`);
  if (words.length > MAX_QUERY_WORDS) throw new UsageError(`--text has more than ${MAX_QUERY_WORDS} different words`);
  return words.join(' ');
}
