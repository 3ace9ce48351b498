/**
 * The preferred labels of every vocabulary code in English and the other EU languages the vocabularies have labels
 * in. The package root gives English labels only (`label(code)`, and the concepts of `schemes` and `getConcept`), so
 * that a browser bundle of it stays small; import this entry for the other languages.
 * @example
 * import { label, prefLabels } from 'elet-resources/labels';
 * label('ES', 'de');     // 'Spanien'
 * label('ES', 'pt-BR');  // 'Espanha' (falls back to 'pt', then to English)
 * prefLabels('ES').fr;   // 'Espagne'
 * @packageDocumentation
 */

export type { LabelLanguage } from './labels.js';
export { label, labelLanguages, prefLabels } from './labels.js';
