/**
 * The RDF/XML dump is written in batches (one oxigraph document each, spliced under one root) so that no
 * store ever holds the whole graph. Spliced, the batches must read back as exactly the graph written.
 */
import { DataFactory, Writer } from 'n3';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { quadsToRdfXml, RdfXmlStream } from '../../../src/publish/rdf-xml.js';
import type { Quad } from '../../../src/rdf/rdfjs.js';

const { namedNode, literal, quad } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** `n` subjects of 30 statements: plain, language-tagged, typed (a derived integer type oxigraph would normalise) and IRI objects. */
function blocks(n: number): Quad[][] {
  return Array.from({ length: n }, (_, i) => {
    const s = namedNode(`https://example.org/thing/${i}`);
    return Array.from({ length: 30 }, (_, j) => {
      const p = namedNode(`https://example.org/p${j % 7}`);
      const kinds = [
        literal(`text ${i}.${j} <&>`),
        literal(`mot ${i}.${j}`, 'fr'),
        literal(String(j), namedNode(`${XSD}nonNegativeInteger`)),
        namedNode(`https://example.org/thing/${(i + j) % n}`),
      ];
      return quad(s, p, kinds[j % kinds.length]!);
    });
  });
}

function canonical(quads: Iterable<Quad>): string[] {
  return [
    ...new Set(
      new Writer({ format: 'N-Triples' })
        .quadsToString([...quads])
        .trim()
        .split('\n'),
    ),
  ].sort();
}

function parseRdfXml(text: string): Quad[] {
  const store = new oxigraph.Store();
  store.load(text, { format: 'application/rdf+xml' });
  return store.match().map((q) => DataFactory.fromQuad(q as never) as Quad);
}

describe('RdfXmlStream', () => {
  it('writes 900 subjects (27,000 triples, several batches) as one document holding exactly that graph', () => {
    const input = blocks(900);
    const parts: string[] = [];
    const stream = new RdfXmlStream((s) => parts.push(s));
    for (const b of input) stream.add(b);
    stream.end();
    const text = parts.join('');
    expect(text.match(/<rdf:RDF /g)).toHaveLength(1);
    expect(text.match(/<\/rdf:RDF>/g)).toHaveLength(1);
    expect(parts.length).toBeGreaterThan(3); // header, several batches, footer
    const expected = canonical(input.flat()).map((line) => line.replace(`^^<${XSD}nonNegativeInteger>`, `^^<${XSD}integer>`));
    // oxigraph normalises a derived integer type when it reads a document back, so compare on its terms.
    expect(canonical(parseRdfXml(text)).map((line) => line.replace(`^^<${XSD}nonNegativeInteger>`, `^^<${XSD}integer>`))).toEqual(expected);
    expect(text).toContain(`rdf:datatype="${XSD}nonNegativeInteger"`);
  });

  it('continues a document: body without footer, then the rest without header, is the one-stream document', () => {
    const input = blocks(300);
    const whole: string[] = [];
    const one = new RdfXmlStream((s) => whole.push(s));
    for (const b of input) one.add(b);
    one.end();
    const split: string[] = [];
    const body = new RdfXmlStream((s) => split.push(s), { footer: false });
    for (const b of input.slice(0, 200)) body.add(b);
    body.flush();
    const rest = new RdfXmlStream((s) => split.push(s), { header: false });
    for (const b of input.slice(200)) rest.add(b);
    rest.end();
    expect(canonical(parseRdfXml(split.join('')))).toEqual(canonical(parseRdfXml(whole.join(''))));
  });

  it('writes an empty graph as an empty document, as oxigraph does', () => {
    const parts: string[] = [];
    new RdfXmlStream((s) => parts.push(s)).end();
    expect(parts.join('')).toBe(quadsToRdfXml([]));
  });
});
