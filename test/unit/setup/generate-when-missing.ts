/**
 * Global setup of the unit tests: writes src/generated/ (the code lists, records and version the modules import)
 * when a file of it is missing, as in a fresh clone. It never builds dist/: unit tests must not need it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../../../src/codegen/generate.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const GENERATED = ['vocabulary.ts', 'labels.ts', 'version.ts', 'records.ts', 'catalogue-info.ts'];

export default async function setup(): Promise<void> {
  if (GENERATED.every((name) => existsSync(join(ROOT, 'src', 'generated', name)))) return;
  await generate(ROOT);
}
