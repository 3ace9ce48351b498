/**
 * Text with quotes, backslashes, newlines, tabs, control characters, non-Latin scripts and emoji, and
 * URLs with characters an IRI cannot hold, survive Turtle, N-Triples and JSON-LD: what an independent
 * parser reads back is what the record said (property-based, fast-check).
 */
import fc from 'fast-check';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { languageCodes } from '../src/generated/vocabulary.js';
import { resources } from '../src/package-catalogue.js';
import { toJsonLd, toNTriples, toTurtle } from '../src/rdf/index.js';
import { downloadIri, organisationIri, resourceIri, safeIri } from '../src/rdf/iri.js';
import type { Quad } from '../src/rdf/rdfjs.js';
import { type Resource, ResourceSchema } from '../src/schema.js';

const DCT = 'http://purl.org/dc/terms/';
const SCHEMA = 'http://schema.org/';

const NASTY = [
  '"',
  '\\',
  '\n',
  '\r',
  '\t',
  '"""',
  "'''",
  '\u0000',
  '\u0007',
  '\u007f',
  '\u2028',
  '\ufeff',
  '😀',
  '👩🏽‍🎓',
  'עברית',
  'Ελληνικά',
  '中文',
  'ع',
  '\\u0041',
  '^^',
  '@en',
  '\\"',
  '<',
  '>',
  '#',
  ' . ',
  ';',
  ',',
];
const text = fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...NASTY)), { maxLength: 8 }).map((parts) => parts.join(''));
const URL_NASTY = [' ', '"', '<', '>', '{', '}', '|', '^', '`', '\\', 'é', '%20', '%', '\t', 'ü/ß', '?a=1&b=2', '#frag'];
/** URLs the record schema accepts (it parses them as WHATWG URLs), with characters an IRI cannot hold. */
const url = fc
  .tuple(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.array(fc.oneof(fc.constantFrom(...URL_NASTY), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 5 }),
  )
  .map(([u, extra]) => u + extra.join(''))
  .filter((u) => ResourceSchema.shape.sourceUrl.safeParse(u).success);

const template = resources[0]!;

function recordWith(t: {
  title: string;
  description: string;
  keyword: string;
  organisation: string;
  original: string;
  originalLanguage: string;
  download: string;
  source: string;
  file: string;
}): Resource {
  return {
    ...template,
    slug: 'nasty-record',
    title: t.title,
    description: t.description,
    keywords: [t.keyword],
    organisations: [t.organisation],
    originalTitle: { text: t.original, language: t.originalLanguage as Resource['languages'][number] },
    downloads: [{ title: t.download, url: t.file }],
    sourceUrl: t.source,
  };
}

const input = fc.record({
  title: text,
  description: text,
  keyword: text,
  organisation: text,
  original: text,
  originalLanguage: fc.constantFrom(...languageCodes),
  download: text,
  source: url,
  file: url,
});

/** What the record says, as (subject, predicate) → value, to compare with what a parser reads back. */
function expectedFacts(r: Resource): [string, string, string][] {
  const s = resourceIri(r.slug);
  return [
    [s, `${DCT}title`, r.title],
    [s, `${SCHEMA}description`, r.description],
    [s, `${SCHEMA}keywords`, r.keywords[0]!],
    [s, `${DCT}alternative`, r.originalTitle!.text],
    [organisationIri(r.slug, 1), `${SCHEMA}name`, r.organisations[0]!],
    [downloadIri(r.slug, 1), `${SCHEMA}name`, r.downloads[0]!.title],
    [s, `${DCT}source`, safeIri(r.sourceUrl)],
    [downloadIri(r.slug, 1), `${SCHEMA}contentUrl`, safeIri(r.downloads[0]!.url!)],
  ];
}

function read(quads: Iterable<{ subject: { value: string }; predicate: { value: string }; object: { value: string } }>, facts: [string, string, string][]) {
  const all = [...quads];
  return facts.map(([s, p]) => all.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value));
}

function check(quads: Iterable<Quad | oxigraph.Quad>, r: Resource): void {
  const facts = expectedFacts(r);
  expect(read(quads as Iterable<Quad>, facts)).toEqual(facts.map(([, , v]) => [v]));
}

const RUNS = { numRuns: 150 };

describe('nasty literals and URLs round-trip', () => {
  it.each([
    ['Turtle', 'text/turtle', toTurtle],
    ['N-Triples', 'application/n-triples', toNTriples],
  ] as const)('%s, read back by n3 and by oxigraph', (_, format, serialise) => {
    fc.assert(
      fc.property(input, (t) => {
        const r = recordWith(t);
        const text = serialise([r]);
        check(new Parser({ format }).parse(text), r);
        const store = new oxigraph.Store();
        store.load(text, { format });
        check(store.match(), r);
      }),
      RUNS,
    );
  });

  it('JSON-LD, serialised as text and read back by jsonld.js (offline, safe mode)', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (t) => {
        const r = recordWith(t);
        const doc = JSON.parse(JSON.stringify(toJsonLd([r]))) as object;
        const nquads = (await jsonld.toRDF(doc, {
          format: 'application/n-quads',
          safe: true,
          documentLoader: async (u: string) => {
            throw new Error(`offline: ${u}`);
          },
        } as jsonld.Options.ToRdf)) as unknown as string;
        check(new Parser({ format: 'application/n-quads' }).parse(nquads), r);
      }),
      { numRuns: 60 },
    );
  });
});
