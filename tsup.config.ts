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

/**
 * The library entries are platform-neutral (they must bundle for browsers); the CLI is Node-only.
 * The root entry is one file sharing no chunk, as its CommonJS twin already is: `import('elet-resources')`
 * then loads a single module. The build script runs each config into a temporary folder.
 */
export const configs: Options[] = [
  { ...shared, entry: { index: 'src/index.ts' }, platform: 'neutral', splitting: false },
  { ...shared, entry: { schema: 'src/schema-entry.ts', rdf: 'src/rdf/index.ts' }, platform: 'neutral' },
  { ...shared, entry: { cli: 'src/cli/main.ts' }, format: ['esm'], dts: false, platform: 'node' },
];

export default defineConfig(configs);
