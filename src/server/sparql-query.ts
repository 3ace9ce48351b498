/** What the SPARQL endpoint reads from a query before running it: its form, and whether it is an update. */

/** The four query forms of SPARQL 1.1. */
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/** The keywords an update request starts with (SPARQL 1.1 Update §3), after its prologue. */
const UPDATE_KEYWORDS = /^(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i;
const FORM_KEYWORDS = /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i;

/** The text after the prologue: `BASE`/`PREFIX` declarations, comments and white space. */
function afterPrologue(text: string): string {
  let rest = text;
  for (;;) {
    const skipped = rest
      .replace(/^\s+/, '')
      .replace(/^#[^\n]*/, '')
      .replace(/^PREFIX\s+[^\s:]*:\s*<[^>]*>/i, '')
      .replace(/^BASE\s*<[^>]*>/i, '');
    if (skipped === rest) return rest;
    rest = skipped;
  }
}

/**
 * The form of a query, `'update'` for an update request (which this read-only endpoint refuses), or
 * `undefined` when neither can be told (the engine then reports the syntax error).
 */
export function queryForm(text: string): QueryForm | 'update' | undefined {
  const rest = afterPrologue(text);
  if (UPDATE_KEYWORDS.test(rest)) return 'update';
  return FORM_KEYWORDS.exec(rest)?.[1]?.toUpperCase() as QueryForm | undefined;
}

/** Media types of results, the server's preference first, by kind of result; aliases map to what is written. */
export const RESULT_TYPES = {
  solutions: [
    ['application/sparql-results+json', 'application/sparql-results+json'],
    ['application/sparql-results+xml', 'application/sparql-results+xml'],
    ['text/csv', 'text/csv'],
    ['text/tab-separated-values', 'text/tab-separated-values'],
    ['application/json', 'application/sparql-results+json'],
    ['application/xml', 'application/sparql-results+xml'],
  ],
  graph: [
    ['text/turtle', 'text/turtle'],
    ['application/ld+json', 'application/ld+json'],
    ['application/n-triples', 'application/n-triples'],
    ['application/rdf+xml', 'application/rdf+xml'],
    ['application/json', 'application/ld+json'],
  ],
} as const satisfies Record<string, readonly (readonly [offered: string, written: string])[]>;

/** The kind of result a query form gives. */
export function resultKind(form: QueryForm): keyof typeof RESULT_TYPES {
  return form === 'SELECT' || form === 'ASK' ? 'solutions' : 'graph';
}
