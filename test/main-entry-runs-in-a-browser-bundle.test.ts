import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/project.js';

describe('the package root entry', () => {
  it('bundles for the browser with no Node built-in, zod or RDF library, and runs without Node globals', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'elet',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.includes('node_modules'))).toEqual([]);
    expect(inputs.some((p) => /schema\.ts$/.test(p))).toBe(false);

    // A bare context: no require, process, Buffer or module, as in a browser.
    const context: { elet?: { byCountry(c: string): Array<{ slug: string }>; facets(): { type: Record<string, number> } } } = {};
    runInNewContext(result.outputFiles[0]!.text, context);
    expect(context.elet!.byCountry('ES').length).toBeGreaterThan(0);
    expect(Object.values(context.elet!.facets().type).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
