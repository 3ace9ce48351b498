/**
 * IRI minting: every IRI of the catalogue comes from here, from one base (default {@link DEFAULT_BASE}).
 * Paths are stable across releases: a slug or code never changes once published.
 */
import { DEFAULT_BASE } from './namespaces.js';

/** URLs made only of these (with at most one `#` and well-formed `%XX`) are already valid IRIs. */
const PLAIN_IRI = /^[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*$/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
/** An authority holding an IPv6 literal, the one place `[` and `]` may stand. */
const IPV6_AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?\[[^\]/?#]*\](?::\d*)?/;

/** RFC 3987 `ucschar`: the non-ASCII characters an IRI may hold anywhere (private-use ones are encoded). */
function isUcsChar(code: number): boolean {
  return (
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xffef) ||
    (code >= 0x10000 && code <= 0xefffd && (code & 0xfffe) !== 0xfffe && (code < 0xe0000 || code >= 0xe1000))
  );
}

function percentEncode(char: string): string {
  try {
    return encodeURIComponent(char);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate: U+FFFD, as any UTF-8 encoder would write it
  }
}

/**
 * The URL as an RDF-safe IRI (RFC 3987), as strict parsers (oxigraph, rapper) read it: what an IRI
 * cannot hold is percent-encoded, as a browser would do — spaces, `<>"{}|^\``, backslash, controls,
 * a second `#`, a `%` not starting an escape, brackets outside an IPv6 host, non-characters.
 * Letters of any script are kept. URLs that are already valid IRIs come back unchanged.
 * @example safeIri('https://example.org/a b') // 'https://example.org/a%20b'
 */
export function safeIri(url: string): string {
  if (PLAIN_IRI.test(url) && url.indexOf('#') === url.lastIndexOf('#') && !BAD_PERCENT.test(url)) return url;
  const keepBracketsUpTo = IPV6_AUTHORITY.exec(url)?.[0].length ?? 0;
  let out = '';
  let inFragment = false;
  let index = 0;
  for (const char of url) {
    const code = char.codePointAt(0)!;
    const at = index;
    index += char.length;
    if (char === '%') out += /^[0-9A-Fa-f]{2}$/.test(url.slice(index, index + 2)) ? '%' : '%25';
    else if (char === '#') {
      out += inFragment ? '%23' : '#';
      inFragment = true;
    } else if (char === '[' || char === ']') out += at < keepBracketsUpTo ? char : percentEncode(char);
    else if (code < 0x80) out += code <= 0x20 || code === 0x7f || '<>"{}|^`\\'.includes(char) ? percentEncode(char) : char;
    else out += isUcsChar(code) ? char : percentEncode(char);
  }
  return out;
}

/** A slug or code as one IRI path segment (already safe for our own slugs and codes; encoded defensively). */
function segment(value: string): string {
  return encodeURIComponent(value);
}

/** The record's node: `<base>resource/<slug>`. */
export function resourceIri(slug: string, base: string = DEFAULT_BASE): string {
  return `${base}resource/${segment(slug)}`;
}

/**
 * The project's own web page for a record: the HTML document of its IRI, `<base>resource/<slug>.html`.
 * The IRI itself names the record and answers by `Accept` (HTML by default); this names the page, so a
 * consumer that treats `schema:url` as a page gets one, and a thing and its page are not one node.
 */
export function resourcePageUrl(slug: string, base: string = DEFAULT_BASE): string {
  return `${resourceIri(slug, base)}.html`;
}

/** The n-th download (1-based, in record order) of a record: `<base>resource/<slug>/download/<n>`. */
export function downloadIri(slug: string, n: number, base: string = DEFAULT_BASE): string {
  return `${resourceIri(slug, base)}/download/${n}`;
}

/** The n-th organisation (1-based, in record order) named by a record: `<base>resource/<slug>/organisation/<n>`. */
export function organisationIri(slug: string, n: number, base: string = DEFAULT_BASE): string {
  return `${resourceIri(slug, base)}/organisation/${n}`;
}

/** A SKOS concept scheme of the project: `<base>vocab/<schemeId>`. */
export function schemeIri(schemeId: string, base: string = DEFAULT_BASE): string {
  return `${base}vocab/${segment(schemeId)}`;
}

/** A concept of one of the project's schemes: `<base>vocab/<schemeId>/<code>`. */
export function conceptIri(schemeId: string, code: string, base: string = DEFAULT_BASE): string {
  return `${schemeIri(schemeId, base)}/${segment(code)}`;
}

/** The `dcat:Catalog`: `<base>catalogue`. */
export function catalogueIri(base: string = DEFAULT_BASE): string {
  return `${base}catalogue`;
}

/** The `dcat:Dataset` holding every record: `<base>dataset`. */
export function datasetIri(base: string = DEFAULT_BASE): string {
  return `${base}dataset`;
}

/** A `dcat:Distribution` (one per dump file), by its format key (`ttl`, `nt`, `jsonld`, `vocab`, `csv`, `json`). */
export function distributionIri(format: string, base: string = DEFAULT_BASE): string {
  return `${base}distribution/${segment(format)}`;
}

/** The `spdx:Checksum` of a distribution's file. */
export function checksumIri(format: string, base: string = DEFAULT_BASE): string {
  return `${distributionIri(format, base)}/checksum`;
}

/** Where a dump file is published: `<base>dumps/<file>`. */
export function dumpUrl(file: string, base: string = DEFAULT_BASE): string {
  return `${base}dumps/${segment(file)}`;
}

/** The catalogue's publisher (`foaf:Agent`). */
export function publisherIri(base: string = DEFAULT_BASE): string {
  return `${base}publisher`;
}

/** The dataset's contact point (`vcard:Kind`). */
export function contactPointIri(base: string = DEFAULT_BASE): string {
  return `${base}contact-point`;
}

/** The rights statement shared by the catalogue and its distributions (`dct:RightsStatement`). */
export function rightsIri(base: string = DEFAULT_BASE): string {
  return `${base}rights`;
}

/** The dataset's provenance statement (`dct:ProvenanceStatement`), crediting the source. */
export function provenanceIri(base: string = DEFAULT_BASE): string {
  return `${base}provenance`;
}

/** The dataset's temporal coverage (`dct:PeriodOfTime`). */
export function temporalIri(base: string = DEFAULT_BASE): string {
  return `${datasetIri(base)}/temporal`;
}

/** The project's own small ontology (terms no standard vocabulary offers), e.g. `<base>ns#curatedFacet`. */
export function ontologyIri(base: string = DEFAULT_BASE): string {
  return `${base}ns`;
}

/** A term of the project's ontology: `<base>ns#<name>`. */
export function ontologyTermIri(name: string, base: string = DEFAULT_BASE): string {
  return `${ontologyIri(base)}#${name}`;
}
