/** `npm run data:report`: prints the data-quality report (the build also writes it to dist/data-report.md). */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, ROOT, runCommand } from './generate.js';

export async function writeDataReport(root = ROOT): Promise<string> {
  const { validateData } = await import('../src/build/validate-data.js');
  const { dataReport } = await import('../src/build/data-report.js');
  const data = validateData(root);
  return dataReport(data.records, data.register);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await runCommand(async () => {
    await generate();
    console.log(await writeDataReport());
  });
}
