/**
 * The root entry, bundled for the browser whole (`export *`), carries no preferred label in a language other than
 * English: those are in `elet-resources/labels`, whose bundle carries every one of them. Build-free: bundles src/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefLabelTable } from '../../../src/generated/labels.js';
import { bundleForBrowser } from '../../../src/release/package-check.js';
import { ROOT } from '../../helpers/project.js';

/** The bundle's text with esbuild's escapes of non-ASCII characters (`\xE9`, `\u0418`, `\u{1F600}`) read back. */
async function bundled(file: string): Promise<string> {
  const { text } = await bundleForBrowser(`export * from ${JSON.stringify(join(ROOT, 'src', file))};`);
  return text.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_, a?: string, b?: string, c?: string) =>
    String.fromCodePoint(Number.parseInt(a ?? b ?? c!, 16)),
  );
}

/** Every label not in English that differs from the English one, as the JSON string the data would hold. */
const OTHER_LANGUAGES = [...prefLabelTable.values()].flatMap((labels) =>
  Object.entries(labels)
    .filter(([lang, text]) => lang !== 'en' && text !== labels.en)
    .map(([, text]) => JSON.stringify(text)),
);

describe('the labels in languages other than English', () => {
  it('are many (the check below is not vacuous)', () => {
    expect(OTHER_LANGUAGES.length).toBeGreaterThan(1000);
    expect(OTHER_LANGUAGES).toContain('"Spanien"');
  });

  it("are all left out of the root entry's bundle", async () => {
    const code = await bundled('index.ts');
    expect(code).not.toContain('Spanien');
    expect(OTHER_LANGUAGES.filter((text) => code.includes(text))).toEqual([]);
    expect(code).toContain('"Spain"');
  });

  it("are all in the labels entry's bundle, with no record", async () => {
    const code = await bundled('labels-entry.ts');
    expect(OTHER_LANGUAGES.filter((text) => !code.includes(text))).toEqual([]);
    expect(code).not.toContain('second-chance-schools-spain');
  });
});
