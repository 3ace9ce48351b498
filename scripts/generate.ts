/**
 * Step 1 of the build: vocab/*.ttl → src/generated/vocabulary.ts, then data/ → validated
 * src/generated/records.ts and catalogue-info.ts. Fails, listing every problem, before anything is written
 * for the data step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVocabularies } from '../src/build/load-vocabularies.js';
import { formatProblem } from '../src/build/problems.js';
import { versionModule, vocabularyModule, writeIfChanged } from '../src/build/write-generated.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function generate(root = ROOT): Promise<void> {
  const vocab = loadVocabularies(join(root, 'vocab'), root);
  if (vocab.problems.length) fail(vocab.problems);
  writeIfChanged(join(root, 'src/generated/vocabulary.ts'), vocabularyModule(vocab.schemes));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  writeIfChanged(join(root, 'src/generated/version.ts'), versionModule(version));

  // Imported only now: the record schema is built from the module written just above.
  const { validateData } = await import('../src/build/validate-data.js');
  const { recordsModule, catalogueInfoModule } = await import('../src/build/write-generated.js');
  const data = validateData(root);
  if (data.problems.length) fail(data.problems);
  writeIfChanged(join(root, 'src/generated/records.ts'), recordsModule(data.records));
  writeIfChanged(join(root, 'src/generated/catalogue-info.ts'), catalogueInfoModule(data.info!));
  console.log(`generate: ${vocab.schemes.length} vocabularies, ${data.records.length} records valid`);
}

function fail(problems: Parameters<typeof formatProblem>[0][]): never {
  console.error(`Validation failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await generate();
