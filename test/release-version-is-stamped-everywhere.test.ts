import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueInfo, version } from '../src/index.js';
import { ROOT } from './helpers/project.js';

describe('the release version and date', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  it('are the package.json version in `version` and `catalogueInfo`', () => {
    expect(version).toBe(pkg.version);
    expect(catalogueInfo.version).toBe(pkg.version);
    expect(catalogueInfo.modified >= catalogueInfo.issued).toBe(true);
  });

  it('are the ones the built DCAT description states', () => {
    const dcat = readFileSync(join(ROOT, 'dist', 'dumps', 'catalogue-dcat.ttl'), 'utf8');
    expect(dcat).toContain(`dcat:version "${pkg.version}"`);
    expect(dcat).toContain(`dct:modified "${catalogueInfo.modified}"^^xsd:date`);
  });
});
