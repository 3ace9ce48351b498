import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../src/index.js';
import { ROOT } from './helpers/project.js';

/** The resource pages of the built site (`npm run build` writes dist/site). */
const pageOf = (slug: string) => readFileSync(join(ROOT, 'dist', 'site', 'resource', `${slug}.html`), 'utf8');

describe('resource pages', () => {
  it('say which facets curation assigned, and only those', () => {
    const curated = resources.find((r) => r.curated.includes('countries') && !r.curated.includes('beneficiaries') && r.beneficiaries.length === 0);
    const shown = resources.find((r) => r.curated.length === 0 && r.countries.length > 0);
    expect(curated, 'a record with curated countries').toBeDefined();
    expect(shown, 'a record whose facets all come from the toolkit').toBeDefined();
    expect(pageOf(curated!.slug).match(/assigned by curation/g)).toHaveLength(1);
    expect(pageOf(shown!.slug)).not.toContain('assigned by curation');
  });

  it('show a subtitle beside the title in lists, so two volumes of one title can be told apart', () => {
    const index = readFileSync(join(ROOT, 'dist', 'site', 'index.html'), 'utf8');
    for (const r of resources.filter((x) => x.subtitle)) expect(index).toContain(`: ${r.subtitle!.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</span>`);
  });
});
