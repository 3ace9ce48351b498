/**
 * No label of the vocabularies mixes scripts within a word: a Latin look-alike inside a Bulgarian or Greek
 * word ('Иcпaния' with Latin c and a) breaks search, sort and dedup for readers of that language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { fixLookAlikes, mixedScriptWords } from '../helpers/scripts.js';

const VOCAB = join(import.meta.dirname, '..', '..', 'vocab');

/** Every language-tagged literal of vocab/*.ttl, as `file: text@lang`. */
function labels(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const file of readdirSync(VOCAB)
    .filter((f) => f.endsWith('.ttl'))
    .sort()) {
    for (const q of new Parser().parse(readFileSync(join(VOCAB, file), 'utf8'))) {
      if (q.object.termType === 'Literal' && q.object.language) out.push({ where: `${file}: ${q.subject.value}@${q.object.language}`, text: q.object.value });
    }
  }
  return out;
}

describe('vocabulary labels', () => {
  it('are read (the check has labels in Bulgarian and Greek to look at)', () => {
    const all = labels();
    expect(all.filter((l) => l.where.endsWith('@bg')).length).toBeGreaterThan(30);
    expect(all.filter((l) => l.where.endsWith('@el')).length).toBeGreaterThan(30);
  });

  it('mix no Latin letters into a Cyrillic or Greek word', () => {
    const mixed = labels().flatMap((l) => mixedScriptWords(l.text).map((w) => `${l.where}: ${w}`));
    expect(mixed).toEqual([]);
  });

  it('a look-alike is caught and fixed to the letter it stands for', () => {
    expect(mixedScriptWords('Иcпaния')).toEqual(['Иcпaния']);
    expect(mixedScriptWords('Ισπανία Spain Испания')).toEqual([]);
    expect(fixLookAlikes('Иcпaния')).toBe('Испания');
    expect(fixLookAlikes('Pyмъния и Spain')).toBe('Румъния и Spain');
    expect(fixLookAlikes('Eλλάδα')).toBe('Ελλάδα');
  });
});
