/**
 * The preferred labels of the vocabulary codes in every language: the `elet-resources/labels` entry. Apart from the
 * root entry, whose concepts carry English labels only, so that a bundle that needs no other language leaves the
 * table out.
 */
import { labelLanguages, prefLabelTable } from './generated/labels.js';
import type { AnyCode } from './generated/vocabulary.js';
import { knownCode, languageTag } from './guards.js';

export type { LabelLanguage } from './generated/labels.js';
export { labelLanguages };

/**
 * The preferred labels of a code in every language it has one in, by language tag (tags in order; `en` always
 * there), e.g. `prefLabels('ES').de` → `'Spanien'`. The object is frozen.
 * @throws RangeError for a code that no vocabulary defines; TypeError for a code that is not a string.
 */
export function prefLabels(code: AnyCode): Readonly<Record<string, string>> {
  return knownCode(prefLabelTable, code, 'vocabulary');
}

/**
 * The preferred label of a code in the given language (a BCP 47 tag, any case; `'pt-BR'` falls back to `'pt'`),
 * falling back to English.
 * @example label('ES') // 'Spain'; label('ES', 'de') // 'Spanien'; label('good-practice', 'de') // 'Good practice'
 * @throws RangeError for a code that no vocabulary defines, or a `lang` that is not a language tag; TypeError for a
 * code or `lang` that is not a string.
 */
export function label(code: AnyCode, lang = 'en'): string {
  const labels = prefLabels(code);
  const tag = languageTag(lang);
  // Own keys only: `labels.constructor` is a function.
  for (const key of [tag, tag.split('-')[0]!, 'en']) if (Object.hasOwn(labels, key)) return labels[key]!;
  return code;
}
