/**
 * `npm run check:package`: packs the tarball and checks it as users receive it (publint, attw, size of the
 * main entry; see src/release/package-check.ts). Run after `npm run build`; exits 1 on any problem.
 */
import { checkPackage } from '../src/release/package-check.js';
import { ROOT, runCommand } from './command.js';

await runCommand(async () => {
  const ok = await checkPackage(ROOT);
  console.log(ok ? '\ncheck:package: all checks passed' : '\ncheck:package: FAILED');
  if (!ok) process.exitCode = 1;
});
