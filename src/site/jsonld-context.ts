/**
 * Per-node JSON-LD documents carry the catalogue's whole inline context (every prefix and typed term),
 * most of which a single node never uses. This keeps only the entries the document's nodes use, which
 * leaves the graph unchanged (the site test reads every document back and compares it with the Turtle).
 */

type Json = unknown;

/** A prefix a string may use as a compact IRI (`dct:title` → `dct`). */
function prefixOf(text: string): string | undefined {
  return /^([A-Za-z_][\w.-]*):/.exec(text)?.[1];
}

/** The document with its `@context` reduced to the prefixes and term definitions its graph uses. */
export function pruneContext<T extends { '@context': Record<string, Json>; '@graph': Json[] }>(doc: T): T {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const visit = (value: Json): void => {
    if (typeof value === 'string') {
      const p = prefixOf(value);
      if (p) prefixes.add(p);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (!key.startsWith('@')) {
          keys.add(key);
          const p = prefixOf(key);
          if (p) prefixes.add(p);
        }
        visit(inner);
      }
    }
  };
  visit(doc['@graph']);
  // Term definitions kept may themselves use prefixes (`{ "@type": "xsd:hexBinary" }`).
  for (const [key, definition] of Object.entries(doc['@context'])) if (keys.has(key) && typeof definition === 'object') visit(definition);
  const context: Record<string, Json> = {};
  for (const [key, definition] of Object.entries(doc['@context'])) {
    if (typeof definition === 'string' ? prefixes.has(key) || keys.has(key) : keys.has(key)) context[key] = definition;
  }
  return { ...doc, '@context': context };
}
