import { z } from 'zod';
import { CODE_FIELDS, type CodeField, CURATABLE_FIELDS } from './code-fields.js';

/** Kebab-case, as in the toolkit's own URLs: lower-case letters and digits separated by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Only http(s): a `javascript:` or relative URL in a record would end up as a link on every consumer's page. */
const notHttpUrl = (issue: { input?: unknown }) => `not an absolute http(s) URL: ${JSON.stringify(issue.input)}`;
// Checked on the text as written: z.httpUrl normalises its output (a tab would vanish before any later check saw it).
const httpUrl = z
  .string({ error: notHttpUrl })
  .superRefine((u, ctx) => {
    const problem = urlRewriteProblem(u);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: u });
  })
  .pipe(z.httpUrl({ error: notHttpUrl }));

/** A percent sign not followed by two hex digits: IRI and URL serialisers disagree on it (`%zz` becomes `%25zz`). */
const INVALID_PERCENT_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

/**
 * Why a URL that parses would still be published differently by different outputs, or undefined.
 * A URL is accepted only in the form the WHATWG parser serialises it to (`new URL(u).href === u`): otherwise the
 * HTML link (parsed by browsers), the RDF IRI (taken verbatim) and the JSON value would name different things
 * (a backslash moves the host, a tab is dropped). Credentials are refused: they would be published.
 */
export function urlRewriteProblem(u: string): string | undefined {
  if (!URL.canParse(u)) return undefined; // reported as not a URL
  const url = new URL(u);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined; // reported as not http(s)
  if (url.username || url.password) return `must not contain a user name or password: ${JSON.stringify(u)}`;
  if (INVALID_PERCENT_ESCAPE.test(u)) return `invalid percent escape (a "%" not followed by two hex digits): ${JSON.stringify(u)}`;
  if (url.href !== u) return `not in canonical form: ${JSON.stringify(u)} is read as ${JSON.stringify(url.href)}`;
  return undefined;
}

const text = z.string().trim().min(1, { error: 'must not be empty' }).max(5000, { error: 'longer than 5000 characters' });

/** A code from one of the SKOS vocabularies, with an error that names the vocabulary. */
function code<const T extends readonly [string, ...string[]]>(codes: T, what: string) {
  return z.enum(codes, { error: (issue) => `unknown ${what} code ${JSON.stringify(issue.input)}` });
}

/** A list of codes: no duplicates, so counts in facets stay honest. */
function codeList<const T extends readonly [string, ...string[]]>(codes: T, what: string) {
  return z
    .array(code(codes, what))
    .refine((list) => new Set(list).size === list.length, { error: `duplicate ${what} code` })
    .default([]);
}

/** One code of a code field, named as the field table names it. */
function codeOf<F extends CodeField>(field: F) {
  const { codes, noun } = CODE_FIELDS[field];
  return code(codes as (typeof CODE_FIELDS)[F]['codes'], noun);
}

/** The codes of a code field (see {@link codeList}). */
function codesOf<F extends CodeField>(field: F) {
  const { codes, noun } = CODE_FIELDS[field];
  return codeList(codes as (typeof CODE_FIELDS)[F]['codes'], noun);
}

const UNITS: Record<string, number> = { bytes: 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
const SIZE_SHOWN = /^(\d+(?:\.\d+)?) (bytes|B|KB|MB|GB)$/;

/** Bytes for a size as the toolkit shows it ("396.61 KB" is 396.61 × 1024, rounded). */
export function bytesFromShownSize(shown: string): number | undefined {
  const m = SIZE_SHOWN.exec(shown);
  return m ? Math.round(Number(m[1]) * UNITS[m[2]!]!) : undefined;
}

/** A file size both as the toolkit shows it and in bytes; the two must agree. */
export const SizeSchema = z
  .strictObject({
    shown: z.string().regex(SIZE_SHOWN, { error: 'must look like "396.61 KB" (a number, a space, bytes|B|KB|MB|GB)' }),
    bytes: z.int().nonnegative({ error: 'must be a whole number of bytes, 0 or more' }),
  })
  .refine(
    (s) => {
      // An unreadable `shown` is already reported by its own regex; don't report it twice.
      const expected = bytesFromShownSize(s.shown);
      return expected === undefined || expected === s.bytes;
    },
    {
      error: (issue) => {
        const s = issue.input as { shown: string };
        return `bytes does not match shown size "${s.shown}" (expected ${bytesFromShownSize(s.shown)})`;
      },
      path: ['bytes'],
    },
  );

/** A file offered for download on the resource's page. */
export const DownloadSchema = z.strictObject({
  title: text,
  language: codeOf('languages').optional(),
  url: httpUrl.optional(),
  size: SizeSchema.optional(),
});

/** Where a record's title was read: the title line of a list item, the resource's own page, or a link or download text naming it. */
export const TITLE_SOURCES = ['listing', 'page', 'link-text'] as const;
/** Where a record's type was read: the type label shown, or a page layout that only one type has. */
export const TYPE_SOURCES = ['shown', 'layout'] as const;

/** The canonical form of a resource's own toolkit page: https, English UI, the /tools/ path. */
export const TOOLKIT_PAGE_PREFIX = 'https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/';
const TOOLKIT_PAGE_URL = /^https:\/\/www\.cedefop\.europa\.eu\/en\/tools\/vet-toolkit-tackling-early-leaving\/resources\/(?:[a-z0-9-]+\/)*[a-z0-9-]+$/;

/** The code fields that curation (rather than the toolkit page) may have assigned: the table's curatable rows. */
export const CURATABLE_FACETS = CURATABLE_FIELDS;

/** One resource of the toolkit, as stored in `data/resources/<slug>.json`. */
export const ResourceSchema = z
  .strictObject({
    /** Stable identifier: the last segment of the toolkit URL; never changes once published. */
    slug: z.string().regex(SLUG_PATTERN, { error: 'must be kebab-case: a-z, 0-9 and single hyphens' }),
    type: codeOf('type'),
    /**
     * How the type is known: `shown` (the toolkit's type label) or `layout` (the page shows the fields only that type
     * has, e.g. a good practice's "Type of policy/initiative" or a quick win's "Why is it a quick win?"). Absent when
     * curation assigned the type (then `curated` lists `type`) or when it was not recorded.
     */
    typeSource: z.enum(TYPE_SOURCES, { error: (i) => `unknown type source ${JSON.stringify(i.input)}` }).optional(),
    title: text,
    /**
     * Where the title was read: `listing` (the title line of an item in the toolkit's listing or in a page's
     * "Related resources" block), `page` (the resource's own page) or `link-text` (a link or download text that
     * names the resource itself). Absent when not recorded.
     */
    titleSource: z.enum(TITLE_SOURCES, { error: (i) => `unknown title source ${JSON.stringify(i.input)}` }).optional(),
    /** Language of `title` when it is not English (absent means English). */
    titleLanguage: codeOf('languages')
      .refine((code) => code !== 'en', { error: 'omit titleLanguage for an English title' })
      .optional(),
    subtitle: text.optional(),
    /** Title in the language the resource was written in, when the toolkit shows an English one too. */
    originalTitle: z.strictObject({ text, language: codeOf('languages') }).optional(),
    /** One to three sentences written for this catalogue. */
    description: text,
    countries: codesOf('countries'),
    beneficiaries: codesOf('beneficiaries'),
    year: z.int().min(1950).max(2100).optional(),
    date: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
    organisations: z.array(text).default([]),
    languages: codesOf('languages'),
    /**
     * The record's own page in the toolkit, in canonical form: https, English UI, the /tools/ path, ending in the slug
     * (`https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/…/<slug>`). Set only when a stored copy of that page was seen; never another
     * resource's page. Its identity on the web: no two records share one.
     */
    pageUrl: z
      .string()
      .regex(TOOLKIT_PAGE_URL, {
        error: (i) => `must be the toolkit page in canonical form ${TOOLKIT_PAGE_PREFIX}<slug> (https, /en/ UI path): ${JSON.stringify(i.input)}`,
      })
      .optional(),
    /** Provenance: the page where the facts of this record were seen (its own page when seen, else a listing or a page that names it). */
    sourceUrl: httpUrl,
    /** Every page on which the facts of this record were seen. */
    seenAt: z.array(httpUrl).min(1, { error: 'must list at least one URL' }),
    externalUrl: httpUrl.optional(),
    downloads: z.array(DownloadSchema).default([]),
    topics: codesOf('topics'),
    keywords: z.array(text).default([]),
    initiativeTypes: codesOf('initiativeTypes'),
    educationLevels: codesOf('educationLevels'),
    implementationLevels: codesOf('implementationLevels'),
    implementationStages: codesOf('implementationStages'),
    /** The toolkit's detail fields, verbatim (label → text as shown). */
    details: z.record(z.string().min(1), text).optional(),
    /** Which facets were assigned by curation from the page text rather than shown by the toolkit. */
    curated: z
      .array(z.enum(CURATABLE_FACETS, { error: (i) => `unknown facet ${JSON.stringify(i.input)}` }))
      .refine((l) => new Set(l).size === l.length, { error: 'duplicate facet' })
      .default([]),
  })
  // A page is a record's own only if it ends in the record's slug.
  .refine((r) => r.pageUrl === undefined || r.pageUrl.endsWith(`/${r.slug}`), {
    error: (issue) => `must end in the record's slug "/${(issue.input as { slug: string }).slug}"`,
    path: ['pageUrl'],
  })
  // A type is either read from the toolkit or assigned by curation, never both.
  .refine((r) => r.typeSource === undefined || !r.curated.includes('type'), {
    error: 'a curated type has no typeSource',
    path: ['typeSource'],
  });

/** The published record types: explicit, documented and deeply readonly (a type test keeps them equal to the schema). */
export type { Download, Resource, Size } from './resource.js';
/** A record as written in a data file: lists may be omitted and default to empty. */
export type ResourceInput = z.input<typeof ResourceSchema>;

/** Catalogue-level metadata, from `data/catalogue.json`; feeds the package and the DCAT-AP description. */
export const CatalogueInfoSchema = z.strictObject({
  title: text,
  description: text,
  /** Base under which all IRIs are minted; ends with a slash. */
  baseIri: httpUrl.refine((u) => u.endsWith('/'), { error: 'must end with "/"' }),
  /**
   * Where the static linked-data site is hosted (e.g. a GitHub Pages project site); ends with a slash.
   * The IRIs stay under `baseIri`: the w3id redirects (`elet w3id`) send each one to its document here.
   */
  siteUrl: httpUrl.refine((u) => u.endsWith('/'), { error: 'must end with "/"' }).optional(),
  homepage: httpUrl,
  publisher: z.strictObject({ name: text, url: httpUrl }),
  /** Where users reach the maintainers: a web page, and an e-mail address once the project has one. */
  contactPoint: z.strictObject({ name: text, url: httpUrl, email: z.email({ error: 'not an e-mail address' }).optional() }),
  /** The work the catalogue is derived from (credited, not the publisher). */
  source: z.strictObject({ name: text, title: text, url: httpUrl }),
  /** Code in the EU licence table, e.g. `CC_BY_4_0`. */
  licence: z.enum(['CC_BY_4_0', 'CC_BYSA_4_0', 'CC0']),
  rights: text,
  /** Codes in the EU data-theme table. */
  themes: z.array(z.enum(['EDUC', 'SOCI'])).min(1),
  keywords: z.array(text).min(1),
  issued: z.iso.date(),
});

/** Catalogue-level metadata. */
export type CatalogueInfo = z.infer<typeof CatalogueInfoSchema>;

/** Catalogue-level metadata as released: the package version and the release date (`YYYY-MM-DD`) stamped in by the build. */
export type ReleasedCatalogueInfo = CatalogueInfo & { version: string; modified: string };
