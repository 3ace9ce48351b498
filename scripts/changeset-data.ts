/**
 * `npm run changeset:data`: writes `.changeset/data-changes.md` naming every record added, changed or removed
 * since the last release tag (see src/release/data-changeset.ts). Rerun it after every data edit: the file is
 * rewritten (and deleted when nothing differs). `--since REF` compares with another commit, `--dry-run` prints
 * instead of writing, `--root DIR` points at another copy of the project.
 */
import { CHANGESET_FILE, updateDataChangeset } from '../src/release/data-changeset.js';
import { ROOT } from './command.js';

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const argv = process.argv.slice(2);
const since = option(argv, '--since');
const dryRun = argv.includes('--dry-run');
try {
  const { text } = updateDataChangeset(ROOT, { ...(since ? { since } : {}), dryRun });
  if (!text) console.log(`changeset:data: no record changed${dryRun ? '' : `; ${CHANGESET_FILE} is absent`}`);
  else if (dryRun) process.stdout.write(text);
  else console.log(`changeset:data: wrote ${CHANGESET_FILE}\n\n${text}`);
} catch (error) {
  console.error(`changeset:data: ${(error as Error).message}`);
  process.exitCode = 1;
}
