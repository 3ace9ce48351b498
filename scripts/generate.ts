/** `npm run generate`: vocab/ and data/ → src/generated/ (see src/codegen/generate.ts). */
import { generate } from '../src/codegen/generate.js';
import { ROOT, runCommand } from './command.js';

await runCommand(() => generate(ROOT));
