import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { formatProblem } from '../../data/problems.js';
import { EXIT } from '../errors.js';
import { escapeControls } from '../escape.js';
import type { CliIo } from '../io.js';

/**
 * The data folder meant by `dir`: a folder holding `resources/` (and `catalogue.json`),
 * or a project folder holding `data/`.
 */
export function dataFolder(dir: string): string {
  if (!existsSync(join(dir, 'resources')) && existsSync(join(dir, 'data', 'resources'))) return join(dir, 'data');
  return dir;
}

/** `elet validate [dir]`: the build's own validation, every problem printed; exit code 1 when any. */
export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('validate a data folder (resources/*.json and catalogue.json) against the schema and vocabularies of this version')
    .argument('[dir]', 'the data folder, or a project folder containing data/', 'data')
    .action(async (dir: string) => {
      // zod and the loaders are needed only here: loaded on demand, so other commands start faster.
      const { validateData } = await import('../../data/validate-data.js');
      const dataDir = dataFolder(resolve(io.cwd, dir));
      // File names are shown relative to the current folder, or to the data folder's parent when outside it.
      const inside = !relative(io.cwd, dataDir).startsWith('..') && !isAbsolute(relative(io.cwd, dataDir));
      const root = inside ? io.cwd : dirname(dataDir);
      const { records, problems } = validateData(root, dataDir);
      // One line per problem, whatever the file names hold.
      if (problems.length && !inside) io.err(`in ${escapeControls(root)}:\n`);
      for (const p of problems) io.err(`${escapeControls(formatProblem(p))}\n`);
      if (problems.length) {
        io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} found\n`);
        setExit(EXIT.failed);
      } else io.out(`${records.length} records valid\n`);
    });
}
