/**
 * Smoke test of the published artefact: pack, install the tarball into a scratch project (its dependencies from
 * the npm cache where they are there, else from the registry: `npm ci` caches tarballs but not the registry metadata
 * an install needs, so an install that refuses the network fails on a fresh machine), then use it by name from ESM, CJS and TypeScript (`tsc --noEmit`, strict,
 * with the package's own declarations checked: node16 and bundler resolution). Needs a built dist/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packTarball } from '../src/release/package-check.js';
import { ROOT } from './helpers/project.js';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The same use of the package from either module system; prints what the test compares. */
const summary = (load: string) => `${load}
const first = main.resources[0];
console.log(JSON.stringify({
  resources: main.resources.length,
  version: main.version,
  sameVersionAsManifest: main.version === manifest.version,
  italy: main.byCountry('IT').length,
  found: main.getResource(first.slug) === first,
  label: main.label(first.type),
  german: labels.label('ES', 'de'),
  englishOnlyInRoot: (() => { try { main.label('ES', 'de'); return false; } catch (e) { return e instanceof RangeError; } })(),
  schemaAcceptsRecord: schema.ResourceSchema.safeParse(first).success,
  schemaRejectsEmpty: schema.ResourceSchema.safeParse({}).success,
  base: rdf.DEFAULT_BASE,
  catalogueTitle: main.catalogueInfo.title,
}));`;

const ESM = summary(`import * as main from 'elet-resources';
import * as labels from 'elet-resources/labels';
import * as schema from 'elet-resources/schema';
import * as rdf from 'elet-resources/rdf';
import { createRequire } from 'node:module';
const manifest = createRequire(import.meta.url)('elet-resources/package.json');`);

const CJS = summary(`const main = require('elet-resources');
const labels = require('elet-resources/labels');
const schema = require('elet-resources/schema');
const rdf = require('elet-resources/rdf');
const manifest = require('elet-resources/package.json');`);

/** Strict code against the public types: literal code unions, optional fields, the zod schema's inference. */
const TYPED = (
  from: string,
) => `import { byCountry, catalogueInfo, countryCodes, getResource, label, resources, version, type CountryCode, type Resource } from '${from}';
import { label as labelIn, prefLabels, type LabelLanguage } from '${from}/labels';
import { ResourceSchema, type ResourceInput } from '${from}/schema';
import { DEFAULT_BASE } from '${from}/rdf';

const italy: CountryCode = 'IT';
const found: Resource | undefined = getResource(resources[0]?.slug ?? '');
const title: string = found?.title ?? label(italy);
// @ts-expect-error "XX" is not a country code: the code lists are literal types
byCountry('XX');
// @ts-expect-error the root has English labels only; the other languages are in elet-resources/labels
label(italy, 'de');
const german: LabelLanguage = 'de';
const spanien: string = labelIn('ES', german) + (prefLabels('ES').fr ?? '');
const parsed = ResourceSchema.safeParse({} satisfies Partial<ResourceInput>);
const slug: string | undefined = parsed.success ? parsed.data.slug : undefined;
const summary: string = [title, spanien, slug, version, DEFAULT_BASE, catalogueInfo.issued, countryCodes.length, byCountry(italy).length].join();
export { summary };
`;

describe('the tarball installed in a scratch project', () => {
  let work: string;
  let scratch: string;
  let expected: { resources: number; version: string };

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    work = mkdtempSync(join(tmpdir(), 'elet-package-install-'));
    const tarball = packTarball(ROOT, work);
    scratch = join(work, 'scratch');
    mkdirSync(scratch);
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: scratch, stdio: 'pipe' });
    expected = {
      resources: readdirSync(join(ROOT, 'data', 'resources')).filter((f) => f.endsWith('.json')).length,
      version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    };
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const run = (file: string, code: string) => {
    writeFileSync(join(scratch, file), code);
    return JSON.parse(execFileSync(process.execPath, [file], { cwd: scratch, encoding: 'utf8' })) as Record<string, unknown>;
  };

  it('is installed from the tarball, not linked to the project', () => {
    expect(existsSync(join(scratch, 'node_modules', 'elet-resources', 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(scratch, 'node_modules', 'elet-resources', 'src'))).toBe(false);
  });

  it('works from ESM and from CJS, with the same answers', () => {
    const esm = run('use.mjs', ESM);
    const cjs = run('use.cjs', CJS);
    expect(esm).toMatchObject({
      resources: expected.resources,
      version: expected.version,
      sameVersionAsManifest: true,
      found: true,
      schemaAcceptsRecord: true,
      schemaRejectsEmpty: false,
      german: 'Spanien',
      englishOnlyInRoot: true,
    });
    expect(esm.italy).toBeGreaterThan(0);
    expect(cjs).toEqual(esm);
  });

  const compilerSetups: Array<[string, Record<string, unknown>, string[]]> = [
    ['node16 (ESM and CJS files)', { module: 'node16', moduleResolution: 'node16' }, ['typed.ts', 'typed.cts']],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['typed.ts']],
  ];
  for (const [name, options, files] of compilerSetups) {
    it(`type-checks with tsc --noEmit, strict, moduleResolution ${name}`, () => {
      writeFileSync(join(scratch, 'typed.ts'), TYPED('elet-resources'));
      writeFileSync(join(scratch, 'typed.cts'), TYPED('elet-resources'));
      const tsconfig = join(scratch, `tsconfig.${name.split(' ')[0]}.json`);
      // DOM for the URL global zod's declarations name (a Node project gets it from @types/node instead).
      const compilerOptions = { ...options, strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', lib: ['es2022', 'dom'], types: [] };
      writeFileSync(tsconfig, JSON.stringify({ compilerOptions, files }));
      const result = spawnSync(process.execPath, [TSC, '-p', tsconfig], { cwd: scratch, encoding: 'utf8' });
      expect(result.status, result.stdout + result.stderr).toBe(0);
    });
  }

  it('fails type-checking when the code is wrong (the check above is not vacuous)', () => {
    writeFileSync(join(scratch, 'wrong.ts'), `import { byCountry } from 'elet-resources';\nbyCountry('XX');\n`);
    const tsconfig = join(scratch, 'tsconfig.wrong.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, types: [] }, files: ['wrong.ts'] }),
    );
    const result = spawnSync(process.execPath, [TSC, '-p', tsconfig], { cwd: scratch, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('"XX"');
  });
});
