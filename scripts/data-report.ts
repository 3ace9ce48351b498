/** `npm run data:report`: prints the data-quality report (the build also writes it to dist/data-report.md). */
import { generate } from '../src/codegen/generate.js';
import { ROOT, runCommand } from './command.js';

await runCommand(async () => {
  await generate(ROOT);
  // Imported after generating: the report reads the generated vocabulary module.
  const { dataReportFor } = await import('../src/data/data-report.js');
  console.log(await dataReportFor(ROOT));
});
