/** Default base under which every IRI of the catalogue is minted. */
export const DEFAULT_BASE = 'https://w3id.org/elet-resources/';

/** Namespaces used by the mapping; the Turtle prefixes and the JSON-LD context are derived from this table. */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  dcmitype: 'http://purl.org/dc/dcmitype/',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatap: 'http://data.europa.eu/r5r/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  prov: 'http://www.w3.org/ns/prov#',
  spdx: 'http://spdx.org/rdf/terms#',
  adms: 'http://www.w3.org/ns/adms#',
  schema: 'http://schema.org/',
  eurovoc: 'http://eurovoc.europa.eu/',
  at: 'http://publications.europa.eu/resource/authority/',
  iana: 'http://www.iana.org/assignments/media-types/',
} as const;

/**
 * Namespaces only the site's VoID description uses (`/.well-known/void`): kept out of {@link NS}, so the
 * graph's prefixes, and with them the dumps, do not declare them.
 */
export const VOID_NS = {
  void: 'http://rdfs.org/ns/void#',
  formats: 'http://www.w3.org/ns/formats/',
} as const;

/**
 * Prefixes for one base: the fixed {@link NS} table, plus the project's own namespaces under `base`
 * (records `res:`, the ontology `elet:`, and one per concept scheme, e.g. `country:` for `<base>vocab/country/`).
 * Turtle writes these as `@prefix` lines; the JSON-LD context declares the same names.
 * @throws Error when a scheme id would shadow a fixed prefix.
 */
export function prefixesFor(base: string, schemeIds: readonly string[]): Readonly<Record<string, string>> {
  const own: Record<string, string> = { res: `${base}resource/`, elet: `${base}ns#` };
  for (const id of [...schemeIds].sort()) {
    // A scheme id that is not a valid prefix name just gets no prefix (its IRIs are written in full).
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) continue;
    if (id in NS || id in own) throw new Error(`vocabulary scheme id "${id}" clashes with the RDF prefix of the same name`);
    own[id] = `${base}vocab/${id}/`;
  }
  return { ...NS, ...own };
}
