/**
 * IRI shortening: `prefix:rest` for an IRI under a known namespace. The JSON-LD writer, its context and
 * the site's statement tables all shorten IRIs here, so one IRI reads the same everywhere.
 */

/**
 * The part of `iri` after the namespace `ns`, or `undefined` when the IRI is not inside it. An empty
 * rest is not worth a prefix, and one starting with `//` would read as an absolute IRI.
 * @example localName('http://schema.org/name', 'http://schema.org/') // 'name'
 */
export function localName(iri: string, ns: string): string | undefined {
  return iri.length > ns.length && iri.startsWith(ns) && !iri.startsWith('//', ns.length) ? iri.slice(ns.length) : undefined;
}

/** Turns IRIs into compact IRIs (`prefix:rest`) with the longest matching namespace; others stay whole. */
export class IriCompactor {
  readonly #prefixes: [string, string][];
  readonly #cache = new Map<string, string>();

  /** @param prefixes prefix name → namespace IRI (e.g. the catalogue's `prefixes(base)`). */
  constructor(prefixes: Readonly<Record<string, string>>) {
    this.#prefixes = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  }

  /** `prefix:rest` for an IRI under one of the namespaces (the longest wins), else the IRI itself. */
  compact(iri: string): string {
    const cached = this.#cache.get(iri);
    if (cached !== undefined) return cached;
    let out = iri;
    for (const [name, ns] of this.#prefixes) {
      const rest = localName(iri, ns);
      if (rest !== undefined) {
        out = `${name}:${rest}`;
        break;
      }
    }
    // Bounded: a dump's subjects are many and mostly seen once; predicates and shared nodes stay hot.
    if (this.#cache.size > 50_000) this.#cache.clear();
    this.#cache.set(iri, out);
    return out;
  }
}
