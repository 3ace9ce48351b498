/** DCAT-AP SHACL validation (3.0.1, and 2.1.1 as data.europa.eu stores harvests) with rdf-validate-shacl, offline. */

import { Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import type { Quad } from '../../src/rdf/rdfjs.js';
import { euTables, readTurtle, standard } from './rdf.js';

const OWL_IMPORTS = 'http://www.w3.org/2002/07/owl#imports';
const SH = 'http://www.w3.org/ns/shacl#';

/** The shapes whose violations DCAT-AP conformance rests on: base, ranges, controlled vocabularies. */
export const MANDATORY_SHAPES = ['shapes.ttl', 'range.ttl', 'mdr-vocabularies.shape.ttl'];
/** Shapes that only warn: recommended properties and deprecated terms. */
export const ADVISORY_SHAPES = ['shapes_recommended.ttl', 'deprecateduris.ttl'];

/** The DCAT-AP 2.1.1 files of the same shapes (`dcat-ap_2.1.1_shacl_<name>`). */
export const SHAPES_2_1_1 = {
  mandatory: ['shapes.ttl', 'range.ttl', 'mdr-vocabularies.shape.ttl'].map((f) => `2.1.1/dcat-ap_2.1.1_shacl_${f}`),
  advisory: ['shapes_recommended.ttl', 'deprecateduris.ttl'].map((f) => `2.1.1/dcat-ap_2.1.1_shacl_${f}`),
};

/**
 * A shapes file without its owl:imports (URLs the validator would try to fetch; their content is not needed offline).
 * `file` is a 3.0.1 shapes file name, or a path under `dcat-ap/` (the 2.1.1 ones, {@link SHAPES_2_1_1}).
 */
function shapes(file: string): Quad[] {
  const path = file.includes('/') ? standard('dcat-ap', ...file.split('/')) : standard('dcat-ap', '3.0.1', 'html-shacl', file);
  return readTurtle(path).filter((q) => q.predicate.value !== OWL_IMPORTS);
}

export interface ShaclOutcome {
  violations: string[];
  warnings: string[];
}

/** Validates `data` against the given DCAT-AP shape files. */
export async function validateDcatAp(shapeFiles: readonly string[], data: readonly Quad[]): Promise<ShaclOutcome> {
  const validator = new SHACLValidator(new Store(shapeFiles.flatMap(shapes)));
  const report = await validator.validate(new Store(data as Quad[]));
  const outcome: ShaclOutcome = { violations: [], warnings: [] };
  for (const r of report.results) {
    const line = `${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.message.map((m) => m.value).join('; ')}`;
    if (r.severity?.value === `${SH}Warning` || r.severity?.value === `${SH}Info`) outcome.warnings.push(line);
    else outcome.violations.push(line);
  }
  return outcome;
}

/**
 * The EU authority-table triples about the nodes `data` points to, as background knowledge (the whole
 * tables would be validated too, and their defects are not ours to fix).
 */
export function euBackground(data: readonly Quad[]): Quad[] {
  const tables = euTables();
  const used = new Set<string>();
  for (const q of data) if (q.object.termType === 'NamedNode') used.add(q.object.value);
  return [...used].flatMap((iri) => tables.getQuads(iri, null, null, null));
}
