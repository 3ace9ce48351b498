/**
 * elet-resources/rdf: the catalogue as RDF (placeholder until the RDF publisher lands).
 * @packageDocumentation
 */
export { DEFAULT_BASE, NS } from './namespaces.js';
