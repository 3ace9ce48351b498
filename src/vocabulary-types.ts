/** SKOS mapping properties carried from `vocab/*.ttl` to the RDF dumps, in the order they are emitted. */
export const MATCH_PROPERTIES = ['exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch'] as const;
/** A SKOS mapping property. */
export type MatchProperty = (typeof MATCH_PROPERTIES)[number];

/** A concept of one of the controlled vocabularies. */
export interface VocabularyConcept {
  /** Stable code, e.g. `ES`, `en`, `good-practice`. */
  readonly code: string;
  /**
   * Preferred label per language tag; `en` is always present. The package root's `schemes` and `getConcept` give
   * the English label only: every language is in `prefLabels(code)` of `elet-resources/labels`.
   */
  readonly prefLabel: Readonly<Record<string, string>>;
  readonly altLabel: Readonly<Record<string, readonly string[]>>;
  readonly definition?: string;
  /** IRIs in the EU authority tables, EuroVoc or DCMI that this concept maps to. */
  readonly matches: Readonly<Partial<Record<MatchProperty, readonly string[]>>>;
}

/** A controlled vocabulary (SKOS concept scheme). */
export interface VocabularyScheme {
  /** IRI segment under `<base>vocab/`, e.g. `country`. */
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly concepts: readonly VocabularyConcept[];
}
