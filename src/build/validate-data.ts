import { join } from 'node:path';
import type { CatalogueInfo, Resource } from '../schema.js';
import { loadCatalogueInfo, loadRecords } from './load-records.js';
import type { Problem } from './problems.js';

/** Validates a project's `data/` folder: every record, the catalogue metadata, and their cross-checks. */
export function validateData(root: string, dataDir = join(root, 'data')): { records: Resource[]; info?: CatalogueInfo; problems: Problem[] } {
  const { records, problems } = loadRecords(join(dataDir, 'resources'), root);
  const catalogue = loadCatalogueInfo(join(dataDir, 'catalogue.json'), root);
  return { records, ...(catalogue.info ? { info: catalogue.info } : {}), problems: [...problems, ...catalogue.problems] };
}
