/**
 * The documents each node of the site is published in: one file per format beside the HTML page,
 * served by `elet serve` when a client asks for the media type (or one of its aliases).
 */
export const NODE_FORMATS = [
  { ext: 'html', mediaType: 'text/html', aliases: ['application/xhtml+xml'], label: 'HTML' },
  { ext: 'ttl', mediaType: 'text/turtle', aliases: ['application/x-turtle'], label: 'Turtle' },
  { ext: 'jsonld', mediaType: 'application/ld+json', aliases: ['application/json'], label: 'JSON-LD' },
  { ext: 'nt', mediaType: 'application/n-triples', aliases: [], label: 'N-Triples' },
  { ext: 'rdf', mediaType: 'application/rdf+xml', aliases: [], label: 'RDF/XML' },
] as const;

/** Extension of a node document: `html`, `ttl`, `jsonld`, `nt` or `rdf`. */
export type NodeFormat = (typeof NODE_FORMATS)[number]['ext'];

/** The RDF documents of a node, in the order pages link to them. */
export const RDF_FORMATS = NODE_FORMATS.filter((f) => f.ext !== 'html');

/** Content-Type of every file the site holds, by extension. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  jsonld: 'application/ld+json',
  nt: 'application/n-triples',
  nq: 'application/n-quads',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  xml: 'application/xml',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  rdf: 'application/rdf+xml',
};

/** Extensionless files of the site and their type (the VoID description lives at a fixed well-known path). */
export const FIXED_TYPES: Readonly<Record<string, string>> = {
  '.well-known/void': CONTENT_TYPES.ttl!,
};

/** Content-Type for a site file's path. */
export function contentTypeOf(path: string): string {
  const fixed = FIXED_TYPES[path];
  if (fixed) return fixed;
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (ext && CONTENT_TYPES[ext]) || 'application/octet-stream';
}

/** The static 404 page at the site root (the name static hosts look for). */
export const NOT_FOUND_PAGE = '404.html';

/** File name stem of the documents of the site root (the base IRI itself): `index.html`, `index.ttl`, … */
export const INDEX_STEM = 'index';
