/**
 * What a release would publish, checked as users receive it: packs the tarball, runs publint and
 * @arethetypeswrong/cli on it, and guards the size of the main entry (minified + gzipped, with and without
 * the records). `npm run check:package` (scripts/check-package.ts) runs {@link checkPackage} after a build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/** This project's root (src/release/ is two levels below it). */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Ceilings in bytes, min+gzip, so that ordinary growth passes and an accident (zod or n3 pulled into the main
 * entry) does not. Set with 41 records at about 35% above the sizes then (23.9 and 14.5 KB). The entry without the
 * records is held to 10 KiB (issue 13): with 59 records it measured 18.9 KiB while it carried the vocabulary labels
 * in 24 languages, 9.9 KiB since those besides English moved to `elet-resources/labels`. Raise them on purpose, in
 * the same change that explains why.
 */
export const SIZE_LIMITS = {
  /** `import * from 'elet-resources'` as a bundler ships it: code, vocabularies and every record. */
  mainEntry: 32 * 1024,
  /** The same entry with the records left out: the code and vocabularies (English labels) alone. */
  mainEntryWithoutRecords: 10 * 1024,
} as const;

/** Runs `npm pack` in `pkgDir` and returns the path of the tarball written into `destination`. */
export function packTarball(pkgDir: string, destination: string): string {
  mkdirSync(destination, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
    cwd: pkgDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out) as Array<{ filename: string }>;
  if (!info) throw new Error('npm pack reported no tarball');
  return join(destination, info.filename);
}

/** Unpacks a tarball into `destination`; returns the package folder (npm's `package/`). */
export function unpackTarball(tarball: string, destination: string): string {
  mkdirSync(destination, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', destination]);
  return join(destination, 'package');
}

/** publint over the packed tarball, strict (warnings count), every level: one formatted line per message. */
export async function publintTarball(tarball: string): Promise<string[]> {
  const bytes = readFileSync(tarball);
  const tarballData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: tarballData }, level: 'suggestion', strict: true });
  return messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
}

/** @arethetypeswrong/cli over the packed tarball (every resolution mode): whether it passed, and its report. */
export function attwTarball(tarball: string): { ok: boolean; report: string } {
  const manifest = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { attw: string } };
  const cli = join(dirname(manifest), bin.attw);
  const run = spawnSync(process.execPath, [cli, tarball, '--no-color', '--no-emoji', '--format', 'table'], { encoding: 'utf8' });
  return { ok: run.status === 0, report: `${run.stdout}${run.stderr}`.trim() };
}

/** Replaces the generated records module with an empty list, to weigh the entry without its data. */
const withoutRecords: Plugin = {
  name: 'without-records',
  setup(b) {
    b.onResolve({ filter: /[\\/]generated[\\/]records\.js$/ }, (args) => ({ path: args.path, namespace: 'no-records' }));
    b.onLoad({ filter: /.*/, namespace: 'no-records' }, () => ({ contents: 'export const records = [];', loader: 'js' }));
  },
};

/** A module's source (`contents`) bundled as a browser app would (everything it imports, minified): its code and sizes (gzip level 9). */
export async function bundleForBrowser(
  contents: string,
  options: { plugins?: Plugin[]; nodePaths?: string[]; resolveDir?: string } = {},
): Promise<{ text: string; min: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: options.resolveDir ?? PROJECT_ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    nodePaths: options.nodePaths ?? [],
    plugins: options.plugins ?? [],
  });
  const output = result.outputFiles[0]!;
  return { text: output.text, min: output.contents.byteLength, gzip: gzipSync(output.contents, { level: 9 }).byteLength };
}

/** Bytes of `entry` bundled as a browser app would, raw and gzipped. */
export async function bundleSize(entry: string, plugins: Plugin[] = [], nodePaths: string[] = []): Promise<{ min: number; gzip: number }> {
  const { min, gzip } = await bundleForBrowser(`export * from ${JSON.stringify(entry)};`, { plugins, nodePaths });
  return { min, gzip };
}

export interface SizeReport {
  /** The packed package's main entry (dist/index.js and its chunks), as published. */
  mainEntry: { min: number; gzip: number };
  /** The same entry built from src/ with the records replaced by an empty list. */
  mainEntryWithoutRecords: { min: number; gzip: number };
}

/**
 * Weighs the main entry of an unpacked package, and the same entry without records (from `root`'s src/,
 * since the published bundle has the records inlined). Needs `src/generated/` (any build leaves it).
 */
export async function measureMainEntry(packageDir: string, root = PROJECT_ROOT): Promise<SizeReport> {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { exports: { '.': { import: { default: string } } } };
  const nodeModules = [join(root, 'node_modules')];
  return {
    mainEntry: await bundleSize(resolve(packageDir, pkg.exports['.'].import.default), [], nodeModules),
    mainEntryWithoutRecords: await bundleSize(join(root, 'src', 'index.ts'), [withoutRecords], nodeModules),
  };
}

/** One line per size figure, with its limit; `over` lists the figures above their limit. */
export function judgeSizes(sizes: SizeReport): { lines: string[]; over: string[] } {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines: string[] = [];
  const over: string[] = [];
  for (const key of Object.keys(SIZE_LIMITS) as Array<keyof SizeReport>) {
    const { min, gzip } = sizes[key];
    const limit = SIZE_LIMITS[key];
    lines.push(`${key}: ${kb(min)} minified, ${kb(gzip)} min+gzip (limit ${kb(limit)})`);
    if (gzip > limit) over.push(key);
  }
  return { lines, over };
}

/** Every check over a fresh tarball of `root`; prints the reports and returns whether all passed. */
export async function checkPackage(root = PROJECT_ROOT): Promise<boolean> {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error(`${join(root, 'dist')} is missing: run \`npm run build\` first`);
  const work = mkdtempSync(join(tmpdir(), 'elet-check-package-'));
  try {
    const tarball = packTarball(root, work);
    console.log(`packed ${tarball}`);

    const lint = await publintTarball(tarball);
    console.log(`\npublint: ${lint.length ? `${lint.length} problem(s)` : 'no problems'}`);
    for (const line of lint) console.log(`  ${line}`);

    const attw = attwTarball(tarball);
    console.log(`\n@arethetypeswrong/cli: ${attw.ok ? 'no problems' : 'problems found'}\n${attw.report}`);

    const sizes = judgeSizes(await measureMainEntry(unpackTarball(tarball, work), root));
    console.log('\nsize of the main entry:');
    for (const line of sizes.lines) console.log(`  ${line}`);
    if (sizes.over.length) console.log(`  over the limit: ${sizes.over.join(', ')}`);

    return lint.length === 0 && attw.ok && sizes.over.length === 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
