/**
 * The RDF/JS data model (https://rdf.js.org/data-model-spec/), as the structural types the public API uses.
 * Defined here rather than imported from `@rdfjs/types` or `@types/n3`, whose dependency on `@types/node@*`
 * would reach every user's install; n3's terms and any other RDF/JS library's satisfy them.
 */

/** An IRI. */
export interface NamedNode<Iri extends string = string> {
  termType: 'NamedNode';
  value: Iri;
  /** True when `other` is the same term (same type, value, and for literals language and datatype). */
  equals(other: AnyTerm): boolean;
}

/** A blank node. */
export interface BlankNode {
  termType: 'BlankNode';
  value: string;
  /** True when `other` is the same term (same type, value, and for literals language and datatype). */
  equals(other: AnyTerm): boolean;
}

/** A literal: a string with a language tag or a datatype. */
export interface Literal {
  termType: 'Literal';
  value: string;
  language: string;
  datatype: NamedNode;
  /** True when `other` is the same term (same type, value, and for literals language and datatype). */
  equals(other: AnyTerm): boolean;
}

/** A SPARQL variable (part of the data model, never produced by this package). */
export interface Variable {
  termType: 'Variable';
  value: string;
  /** True when `other` is the same term (same type, value, and for literals language and datatype). */
  equals(other: AnyTerm): boolean;
}

/** The default graph. */
export interface DefaultGraph {
  termType: 'DefaultGraph';
  value: '';
  /** True when `other` is the same term (same type, value, and for literals language and datatype). */
  equals(other: AnyTerm): boolean;
}

/** A triple in a graph. */
export interface Quad {
  termType: 'Quad';
  value: '';
  subject: NamedNode | BlankNode | Quad | Variable;
  predicate: NamedNode | Variable;
  object: NamedNode | BlankNode | Literal | Quad | Variable;
  graph: DefaultGraph | NamedNode | BlankNode | Variable;
  /** True when `other` is the same term (same type, value, and for literals language and datatype). */
  equals(other: AnyTerm): boolean;
}

/**
 * What `equals` accepts. Libraries type it with their own term classes (n3: `(other: n3.Term) => boolean`),
 * so a precise parameter type would make their terms unassignable to these interfaces.
 */
// biome-ignore lint/suspicious/noExplicitAny: libraries type `equals` with their own term classes (see above)
type AnyTerm = any;

/** Any RDF/JS term. */
export type Term = NamedNode | BlankNode | Literal | Variable | DefaultGraph | Quad;
