/** Small, real-looking records for unit tests, validated by the record schema so they are what the package holds. */
import { type Resource, type ResourceInput, ResourceSchema } from '../../../src/schema.js';

const TOOLKIT = 'https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/';

/** A valid record: the slug, a type and a title, and whatever `fields` add (lists default to empty). */
export function record(slug: string, fields: Partial<ResourceInput> = {}): Resource {
  return ResourceSchema.parse({
    slug,
    type: 'good-practice',
    title: slug.replace(/-/g, ' '),
    description: `About ${slug}.`,
    sourceUrl: TOOLKIT + slug,
    seenAt: [TOOLKIT + slug],
    ...fields,
  });
}

/** Five records shaped like the toolkit's: two Spanish good practices, an Italian one, a publication and a tool. */
export const SAMPLE: readonly Resource[] = [
  record('second-chance-schools-spain', {
    title: 'Second Chance Schools - Spain',
    description: 'Second chance schools in Spain accredited under the E2O model.',
    countries: ['ES'],
    beneficiaries: ['early-leavers'],
    topics: ['early-school-leaving', 'young-people'],
    keywords: ['second chance schools', 'E2O accreditation'],
    initiativeTypes: ['intervention', 'compensation'],
  }),
  record('l-ecole-de-la-deuxieme-chance-e2c', {
    title: 'L’école de la deuxième chance - E2C',
    description: 'Schools giving young people who left education a second chance.',
    countries: ['FR'],
    beneficiaries: ['early-leavers', 'young-people-complex-needs'],
    languages: ['fr'],
    initiativeTypes: ['compensation'],
  }),
  record('piazza-dei-mestieri', {
    title: 'Piazza dei Mestieri',
    description: 'A foundation in Turin offering vocational training to young people at risk.',
    countries: ['IT'],
    beneficiaries: ['learners-at-risk'],
    initiativeTypes: ['prevention'],
  }),
  record('leaving-education-early-volume-i', {
    type: 'publication',
    title: 'Leaving education early: putting vocational education and training centre stage',
    subtitle: 'Volume I: investigating causes and extent',
    description: 'Cedefop research on early leaving from VET across Europe.',
    countries: ['EU', 'ES', 'IT'],
    languages: ['en'],
    year: 2016,
    topics: ['early-school-leaving', 'vocational-education'],
  }),
  record('dido-dropping-dropouts-toolkit', {
    type: 'tool',
    title: 'DIDO – Dropping Dropouts toolkit',
    description: 'Materials for teachers and counsellors to spot learners at risk.',
    countries: ['ES'],
    beneficiaries: ['practitioners'],
    keywords: ['early warning', 'tutoring'],
  }),
];
