/**
 * Step 1 of the build: vocab/*.ttl → src/generated/vocabulary.ts (code lists, schemes with English labels) and
 * labels.ts (the labels in every language), then data/ → validated src/generated/records.ts and catalogue-info.ts.
 * Every problem is reported at once, and no data module is written unless all records and the catalogue metadata
 * are valid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadVocabularies } from '../data/load-vocabularies.js';
import { ValidationFailed } from '../data/problems.js';
import { releaseDate } from '../data/release-date.js';
import { labelsModule, versionModule, vocabularyModule, writeIfChanged } from './modules.js';

/**
 * Writes `src/generated/` under `root` from its `vocab/` and `data/`.
 * @throws ValidationFailed listing every problem found in vocab/ or data/.
 */
export async function generate(root: string): Promise<void> {
  const vocab = loadVocabularies(join(root, 'vocab'), root);
  if (vocab.problems.length) throw new ValidationFailed(vocab.problems);
  writeIfChanged(join(root, 'src/generated/vocabulary.ts'), vocabularyModule(vocab.schemes));
  writeIfChanged(join(root, 'src/generated/labels.ts'), labelsModule(vocab.schemes));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  writeIfChanged(join(root, 'src/generated/version.ts'), versionModule(version));

  // Imported only now: the record schema is built from the vocabulary module written just above.
  const { validateData } = await import('../data/validate-data.js');
  const { recordsModule, catalogueInfoModule } = await import('./modules.js');
  const data = validateData(root);
  if (data.problems.length) throw new ValidationFailed(data.problems);
  writeIfChanged(join(root, 'src/generated/records.ts'), recordsModule(data.records));
  const info = { ...data.info!, version, modified: releaseDate(root, data.info!.issued) };
  writeIfChanged(join(root, 'src/generated/catalogue-info.ts'), catalogueInfoModule(info));
  console.log(`generate: ${vocab.schemes.length} vocabularies, ${data.records.length} records valid`);
}
