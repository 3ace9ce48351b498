import { join, relative } from 'node:path';
import { DEFAULT_BASE } from '../rdf/namespaces.js';
import type { CatalogueInfo, Resource } from '../schema.js';
import { loadCatalogueInfo, loadRecords } from './load-records.js';
import type { Problem } from './problems.js';
import { loadRegisterMap, type RegisterEntry } from './register-map.js';

/** Everything in a project's `data/` folder, validated. */
export interface ValidatedData {
  records: Resource[];
  info?: CatalogueInfo;
  register: RegisterEntry[];
  problems: Problem[];
}

/** Validates a project's `data/` folder: every record, the catalogue metadata, the register map, and their cross-checks. */
export function validateData(root: string, dataDir = join(root, 'data')): ValidatedData {
  const { records, problems } = loadRecords(join(dataDir, 'resources'), root);
  const catalogue = loadCatalogueInfo(join(dataDir, 'catalogue.json'), root);
  const register = loadRegisterMap(dataDir, root, new Set(records.map((r) => r.slug)));
  // The vocabularies' IRIs are written under DEFAULT_BASE; a catalogue minted elsewhere would link to nothing.
  if (catalogue.info && catalogue.info.baseIri !== DEFAULT_BASE) {
    catalogue.problems.push({
      file: relative(root, join(dataDir, 'catalogue.json')),
      field: 'baseIri',
      message: `must be ${DEFAULT_BASE}, the base of the IRIs in vocab/`,
    });
  }
  return {
    records,
    ...(catalogue.info ? { info: catalogue.info } : {}),
    register: register.entries,
    problems: [...problems, ...catalogue.problems, ...register.problems],
  };
}
