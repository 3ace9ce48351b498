/**
 * A judged set: what a user of the toolkit would type into a search box, and the records that must come first
 * for it (in any order among themselves), judged by reading the catalogue. Typos, words still being typed and
 * missing accents included, as people type them.
 */
import { describe, expect, it } from 'vitest';
import { type ResourceFilter, search } from '../../../src/index.js';

interface Judgement {
  query: string;
  filter?: ResourceFilter;
  /** The records that must fill the first places, in any order. */
  first: string[];
}

const JUDGED: Judgement[] = [
  { query: 'second chance schools spain', first: ['second-chance-schools-spain'] },
  { query: 'second chance', filter: { country: 'ES' }, first: ['second-chance-schools-spain'] },
  { query: 'ecole deuxieme chance', first: ['l-ecole-de-la-deuxieme-chance-e2c'] },
  { query: 'youth coaching', first: ['youth-coaching-scheme'] },
  { query: 'youth guid', first: ['youth-guidance-centres-ungdommens'] },
  { query: 'mentoring apprentices', first: ['vera-prevention-training-dropout'] },
  { query: 'apprentiseship coaching', first: ['coaching-and-counseling-apprentices-and'] },
  { query: 'praksisbrev', first: ['certificate-of-practice-praksisbrev'] },
  { query: 'einstiegsqualifizirung', first: ['introductory-training-einstiegsqualifizierung-eq'] },
  { query: 'career guidance', first: ['investing-in-career-guidance', 'coordinating-guidance-and-validation'] },
  { query: 'validation non-formal learning', first: ['european-inventory-validation-non-formal-informal-learning'] },
  { query: 'leaving education early', first: ['leaving-education-early-volume-i', 'leaving-education-early-volume-ii'] },
  { query: 'migrant', first: ['participation-non-western-migrant-and-ethnic', 'young-people-migrant-background-risk-leaving-education-early'] },
  { query: 'covid digital gap', first: ['digital-gap-during-covid-19-vet-learners-risk-europe'] },
  { query: 'invest in talent', first: ['invest-in-talent-flyer', 'invest-talent-0'] },
  { query: 'dropping dropouts', first: ['dido-dropping-dropouts-toolkit'] },
  { query: 'integralt pedagogiai rendszer', first: ['integrated-pedagogical-system-integralt-pedagogiai-rendszer-ipr'] },
  { query: 'luxembourg vet data', first: ['data-vocational-education-and-training-luxembourg'] },
  { query: 'piazza mestieri', first: ['piazza-dei-mestieri'] },
  { query: 'poverty social exclusion', first: ['prevention-and-reduction-of-poverty-and-social-exclusion'] },
  { query: 'longitudnal study', first: ['longitudinal-study-educational-trajectories-youth-at-risk'] },
  { query: 'bibliography', first: ['bibliography-on-early-leaving-from-vet'] },
  { query: 'urbact', first: ['stay-tuned'] },
  { query: 'involve parents', first: ['concept-and-materials-involve-parents-improve'] },
  { query: 'informal interactions', first: ['create-opportunities-informal-interactions'] },
  { query: 'certification per unit', first: ['certification-per-unit-cpu'] },
  { query: 'vet in europe', first: ['vet-in-europe'] },
  { query: 'stronger vet better lives', first: ['stronger-vet-for-better-lives'] },
  { query: 'early school leavers validation', first: ['european-inventory-validation-non-formal-informal-learning'] },
  { query: 'tackling early leaving europe', first: ['tackling-early-leaving-education-and-training-europe'] },
  { query: 'statistical overviews', first: ['statistical-overviews-on-vet'] },
  {
    query: 'e2o',
    first: [
      'second-chance-schools-spain',
      'marhuenda-fluixa-f-chisvert-tarazona-mj-coords-2022-resultados-del-modelo-de',
      'martinez-morales-i-coord-2021-la-formacion-en-las-escuelas-de-segunda',
    ],
  },
  { query: 'eurydice', first: ['tackling-early-leaving-education-and-training-europe'] },
  { query: 'refernet', first: ['vet-in-europe'] },
  { query: 'codered', first: ['codered-curriculum-and-learning-material'] },
  { query: 'educ action', first: ['drop-educaction'] },
  { query: 'non formal education catalogue', first: ['drop-educaction'] },
  { query: 'jugendcoaching', first: ['youth-coaching-scheme'] },
  { query: 'cooperativa sociale', first: ['aslam-cooperativa-sociale'] },
  { query: 'migrants ethnic minorities', first: ['participation-non-western-migrant-and-ethnic'] },
];

describe('search() on the judged queries', () => {
  it.each(JUDGED)('$query puts the judged records first', ({ query, filter, first }) => {
    const found = search(query, filter).map((r) => r.slug);
    expect(found.slice(0, first.length).sort()).toEqual([...first].sort());
  });
});
