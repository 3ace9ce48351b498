/**
 * Step 1 of the build: vocab/*.ttl → src/generated/vocabulary.ts, then data/ → validated
 * src/generated/records.ts and catalogue-info.ts. Every problem is reported at once, and no
 * data module is written unless all records and the catalogue metadata are valid.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVocabularies } from '../src/build/load-vocabularies.js';
import { releaseDate } from '../src/build/release-date.js';
import { ValidationFailed } from '../src/build/problems.js';
import { versionModule, vocabularyModule, writeIfChanged } from '../src/build/write-generated.js';

/** The project root; `--root DIR` points the build at another copy of the project (the bad-input tests use it). */
export const ROOT = rootFromArgs(process.argv) ?? fileURLToPath(new URL('..', import.meta.url));

function rootFromArgs(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--root');
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]!) : undefined;
}

/** @throws ValidationFailed listing every problem found in vocab/ or data/. */
export async function generate(root = ROOT): Promise<void> {
  const vocab = loadVocabularies(join(root, 'vocab'), root);
  if (vocab.problems.length) throw new ValidationFailed(vocab.problems);
  writeIfChanged(join(root, 'src/generated/vocabulary.ts'), vocabularyModule(vocab.schemes));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  writeIfChanged(join(root, 'src/generated/version.ts'), versionModule(version));

  // Imported only now: the record schema is built from the vocabulary module written just above.
  const { validateData } = await import('../src/build/validate-data.js');
  const { recordsModule, catalogueInfoModule } = await import('../src/build/write-generated.js');
  const data = validateData(root);
  if (data.problems.length) throw new ValidationFailed(data.problems);
  writeIfChanged(join(root, 'src/generated/records.ts'), recordsModule(data.records));
  const info = { ...data.info!, version, modified: releaseDate(root, data.info!.issued) };
  writeIfChanged(join(root, 'src/generated/catalogue-info.ts'), catalogueInfoModule(info));
  console.log(`generate: ${vocab.schemes.length} vocabularies, ${data.records.length} records valid`);
}

/** Runs `main` as a command: a validation failure prints its problems and exits 1 without a stack trace. */
export async function runCommand(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ValidationFailed) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await runCommand(() => generate());
