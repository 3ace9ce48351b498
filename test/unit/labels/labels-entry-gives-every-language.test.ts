/**
 * `elet-resources/labels` (src/labels-entry.ts): the preferred labels in every language, answered as the root's
 * `label(code, lang)` answered before the labels left the root; read from the one generated table, which holds what
 * `vocab/*.ttl` holds. The root's concepts carry the English label of that same table, and the Node-side view with
 * every language (RDF, site) is the vocabularies exactly as read.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../../../src/data/load-vocabularies.js';
import type { AnyCode } from '../../../src/generated/vocabulary.js';
import * as root from '../../../src/index.js';
import { label, labelLanguages, prefLabels } from '../../../src/labels-entry.js';
import { conceptEntry, schemes as multilingualSchemes } from '../../../src/multilingual-vocabulary.js';
import { ROOT } from '../../helpers/project.js';

const fromTtl = loadVocabularies(join(ROOT, 'vocab'), ROOT).schemes;
const concepts = fromTtl.flatMap((s) => s.concepts);

describe('label(code, lang) of elet-resources/labels', () => {
  it('reads tags in any case, falls back to the primary language, then English', () => {
    expect(label('ES', 'de')).toBe('Spanien');
    expect(label('ES', 'DE')).toBe('Spanien');
    expect(label('ES', 'pt-BR')).toBe('Espanha');
    expect(label('ES', 'haw')).toBe('Spain');
    expect(label('ES')).toBe('Spain');
    expect(label('DE', 'de')).toBe('Deutschland');
    expect(label('good-practice', 'de')).toBe('Good practice');
  });

  it('gives every label vocab/ has, in its language', () => {
    for (const c of concepts) for (const [lang, text] of Object.entries(c.prefLabel)) expect(label(c.code as AnyCode, lang), `${c.code}@${lang}`).toBe(text);
  });

  it('throws the errors the root label threw before: unknown code, bad tag, not a string', () => {
    expect(() => label('XX' as AnyCode, 'de')).toThrow(new RangeError('unknown vocabulary code "XX"'));
    expect(() => label('ES', 'de_DE')).toThrow(RangeError);
    expect(() => label('ES', 'de_DE')).toThrow(/invalid language tag "de_DE"/);
    expect(() => label('ES', 3 as never)).toThrow(TypeError);
    expect(() => label(null as never)).toThrow(TypeError);
  });
});

describe('prefLabels(code) and labelLanguages', () => {
  it('give every language of a code, tags in order, as read from vocab/', () => {
    for (const c of concepts) {
      expect(JSON.stringify(prefLabels(c.code as AnyCode)), c.code).toBe(JSON.stringify(c.prefLabel));
    }
    expect(prefLabels('ES').fr).toBe('Espagne');
  });

  it('are frozen: one caller cannot change a label for everyone', () => {
    expect(Object.isFrozen(prefLabels('ES'))).toBe(true);
    expect(() => Object.assign(prefLabels('ES'), { de: 'X' })).toThrow(TypeError);
    expect(() => (labelLanguages as unknown as string[]).push('xx')).toThrow(TypeError);
    expect(label('ES', 'de')).toBe('Spanien');
  });

  it('list the languages of the labels in tag order, English among them', () => {
    const used = [...new Set(concepts.flatMap((c) => Object.keys(c.prefLabel)))].sort();
    expect([...labelLanguages]).toEqual(used);
    expect(labelLanguages).toContain('en');
    expect(labelLanguages.length).toBe(24);
  });
});

describe('one table behind every view of the labels', () => {
  it("the root's concepts carry the English label alone, the same the labels entry gives", () => {
    for (const c of concepts) {
      const code = c.code as AnyCode;
      expect(root.getConcept(code).concept.prefLabel, c.code).toEqual({ en: c.prefLabel.en });
      expect(root.label(code)).toBe(label(code));
    }
    for (const s of root.schemes) for (const c of s.concepts) expect(Object.keys(c.prefLabel)).toEqual(['en']);
  });

  it('the root schemes are the vocabularies as read, English labels only (same keys, same order)', () => {
    const english = fromTtl.map(({ file: _file, ...s }) => ({ ...s, concepts: s.concepts.map((c) => ({ ...c, prefLabel: { en: c.prefLabel.en } })) }));
    expect(JSON.stringify(root.schemes)).toBe(JSON.stringify(english));
  });

  it('the Node-side schemes (RDF, site) are the vocabularies exactly as read, every language, frozen', () => {
    expect(JSON.stringify(multilingualSchemes)).toBe(JSON.stringify(fromTtl.map(({ file: _file, ...s }) => s)));
    expect(conceptEntry('ES')?.concept.prefLabel.de).toBe('Spanien');
    expect(conceptEntry('XX')).toBeUndefined();
    expect(Object.isFrozen(multilingualSchemes[1]!.concepts[0]!.prefLabel)).toBe(true);
  });
});
