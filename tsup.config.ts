import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
  // Runtime dependencies stay imports, so users' bundlers de-duplicate them.
  external: ['n3', 'zod', 'commander'],
};

const libraryEntries = { index: 'src/index.ts', labels: 'src/labels-entry.ts', schema: 'src/schema-entry.ts', rdf: 'src/rdf/index.ts' };

/**
 * The library entries are platform-neutral (they must bundle for browsers); the CLI is Node-only.
 * The root entry's code is one file sharing no chunk, as its CommonJS twin already is: `import('elet-resources')`
 * then loads a single module; so is the labels entry's (the label table and the few functions that read it). The
 * declarations of all four entries come from one pass (the slow part of a build).
 * The build script runs each config into a temporary folder.
 */
export const configs: Options[] = [
  { ...shared, entry: { index: libraryEntries.index, labels: libraryEntries.labels }, platform: 'neutral', splitting: false, dts: false },
  { ...shared, entry: { schema: libraryEntries.schema, rdf: libraryEntries.rdf }, platform: 'neutral', dts: { entry: libraryEntries } },
  { ...shared, entry: { cli: 'src/cli/main.ts' }, format: ['esm'], dts: false, platform: 'node' },
];

/**
 * `npx tsup` builds every config. `scripts/build.ts` instead calls tsup once per config, passing it whole, and tsup
 * merges what it is passed over each config of this file and runs them all at once: give it nothing then, or each
 * call would build every config concurrently into the same folder (a race that interleaved two different writes
 * of one file as soon as the configs differed in a key the call left out).
 */
export default defineConfig((overrides) => (overrides.entry ? {} : configs));
