/** src/text.ts: the folding and tokenising that both sides of text search use, so "École" finds "ecole". */
import { describe, expect, it } from 'vitest';
import { fold, tokens } from '../../src/text.js';

describe('fold', () => {
  it.each([
    ['Educ’Action', 'educ’action'],
    ['ÉCOLE de la deuxième chance', 'ecole de la deuxieme chance'],
    ['Integrált Pedagógiai Rendszer', 'integralt pedagogiai rendszer'],
    ['Ungdommens Uddannelsesvejledning', 'ungdommens uddannelsesvejledning'],
    ['Formación en Escuelas de Segunda Oportunidad', 'formacion en escuelas de segunda oportunidad'],
    ['Άλφα Βήτα', 'αλφα βητα'],
    ['Škola Ćuprija', 'skola cuprija'],
  ])('%s → %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('gives the same form for precomposed and decomposed accents', () => {
    expect(fold('e\u0301cole')).toBe(fold('\u00e9cole'));
  });

  it('keeps letters that are not an accented base letter (ø, ß, æ)', () => {
    expect(fold('Ørsted Straße Æble')).toBe('ørsted straße æble');
  });
});

describe('tokens', () => {
  it('splits folded text into runs of letters and digits', () => {
    expect(tokens('L’école de la deuxième chance - E2C')).toEqual(['l', 'ecole', 'de', 'la', 'deuxieme', 'chance', 'e2c']);
    expect(tokens('COVID-19: VET learners, 2020/21')).toEqual(['covid', '19', 'vet', 'learners', '2020', '21']);
  });

  it('has no words for empty text or punctuation only', () => {
    expect(tokens('')).toEqual([]);
    expect(tokens(' – … / ')).toEqual([]);
  });
});
