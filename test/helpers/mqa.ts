/**
 * An offline scorer for the data.europa.eu Metadata Quality Assessment (MQA) rubric, as reproduced in
 * `test/fixtures/reference/standards/mqa.md` (405 points). Everything is scored except what needs live HTTP requests
 * (access and download URL status codes, 80 points) unless the caller measured them against a deployment
 * ({@link LiveAnswers}). DCAT-AP compliance is taken from the caller's SHACL run. Per the methodology: dataset indicators score per dataset; distribution indicators score
 * by the share of distributions meeting them, except interoperability, where only the dataset's best
 * distribution counts ("identical content with several distributions"); the catalogue score is the
 * mean over its datasets.
 */
import type { Store, Term } from 'n3';
import { readRdfXml, standard } from './rdf.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const AT = 'http://publications.europa.eu/resource/authority/';
const IANA = /^https?:\/\/www\.iana\.org\/assignments\/media-types\//;

export interface Indicator {
  dimension: 'Findability' | 'Accessibility' | 'Interoperability' | 'Reusability' | 'Contextuality';
  name: string;
  max: number;
  /** Points scored; `undefined` when the indicator cannot be scored offline. */
  points?: number;
}

export interface MqaScore {
  indicators: Indicator[];
  score: number;
  /** Maximum of the indicators scored offline. */
  offlineMax: number;
  /** Maximum of the whole rubric (405). */
  max: number;
}

/** The EDP lists of non-proprietary and machine-readable formats (EU file-type IRIs). */
function edpList(file: string, property: string): Set<string> {
  return new Set(
    readRdfXml(standard('mqa', file))
      .filter((q) => q.predicate.value === `https://europeandataportal.eu/voc#${property}` && q.object.value === 'true')
      .map((q) => q.subject.value),
  );
}

/** Concepts of an EU authority table as stored in `test/fixtures/reference/standards/eu-vocabularies/`. */
function tableConcepts(file: string, table: string): Set<string> {
  return new Set(
    readRdfXml(standard('eu-vocabularies', file))
      .filter((q) => q.predicate.value === 'http://www.w3.org/2004/02/skos/core#inScheme' && q.object.value === `${AT}${table}`)
      .map((q) => q.subject.value),
  );
}

/**
 * The outcome of fetching every access and download URL of the metadata against a deployment: URL → whether it
 * answered 200 (through any redirects) with the media type it is declared to have.
 */
export type LiveAnswers = ReadonlyMap<string, boolean>;

/**
 * Scores the DCAT metadata in `store`; `dcatApCompliant` is the outcome of the caller's SHACL validation.
 * With `live`, the access and download URL checks score too: a distribution scores when it has such URLs
 * and every one of them answered.
 */
export function scoreMqa(store: Store, dcatApCompliant: boolean, live?: LiveAnswers): MqaScore {
  const nonProprietary = edpList('edp-non-proprietary-format.rdf', 'isNonProprietary');
  const machineReadable = edpList('edp-machine-readable-format.rdf', 'isMachineReadable');
  const fileTypes = tableConcepts('filetypes-skos.rdf', 'file-type');
  const licences = tableConcepts('licences-skos.rdf', 'licence');
  const accessRights = tableConcepts('access-right-skos.rdf', 'access-right');

  const objects = (s: Term, p: string) => store.getObjects(s, p, null);
  const has = (s: Term, p: string) => objects(s, p).length > 0;
  const datasets = store.getSubjects(RDF_TYPE, `${DCAT}Dataset`, null);

  const totals = new Map<string, Indicator>();
  const add = (dimension: Indicator['dimension'], name: string, max: number, share: number | undefined) => {
    const row = totals.get(name) ?? { dimension, name, max, points: share === undefined ? undefined : 0 };
    if (share !== undefined) row.points = (row.points ?? 0) + (max * share) / Math.max(datasets.length, 1);
    totals.set(name, row);
  };

  for (const d of datasets) {
    const distributions = objects(d, `${DCAT}distribution`);
    const share = (test: (x: Term) => boolean) => (distributions.length ? distributions.filter(test).length / distributions.length : 0);
    const ds = (test: boolean) => (test ? 1 : 0);

    add('Findability', 'Keyword usage', 30, ds(has(d, `${DCAT}keyword`)));
    add('Findability', 'Categories', 30, ds(has(d, `${DCAT}theme`)));
    add('Findability', 'Geo search', 20, ds(has(d, `${DCT}spatial`)));
    add('Findability', 'Time-based search', 20, ds(has(d, `${DCT}temporal`)));

    const answered = (x: Term, p: string) => has(x, p) && objects(x, p).every((u) => live?.get(u.value) === true);
    add('Accessibility', 'AccessURL accessibility (live HTTP check)', 50, live && share((x) => answered(x, `${DCAT}accessURL`)));
    add(
      'Accessibility',
      'DownloadURL',
      20,
      share((x) => has(x, `${DCAT}downloadURL`)),
    );
    add('Accessibility', 'DownloadURL accessibility (live HTTP check)', 30, live && share((x) => answered(x, `${DCAT}downloadURL`)));

    // Interoperability: the best distribution's points.
    const interop = (x: Term) => {
      const formats = objects(x, `${DCT}format`).map((o) => o.value);
      const mediaTypes = objects(x, `${DCAT}mediaType`).map((o) => o.value);
      return {
        format: formats.length > 0,
        mediaType: mediaTypes.length > 0,
        vocabulary: formats.some((f) => fileTypes.has(f)) && mediaTypes.some((m) => IANA.test(m)),
        nonProprietary: formats.some((f) => nonProprietary.has(f)),
        machineReadable: formats.some((f) => machineReadable.has(f)),
      };
    };
    const weight = { format: 20, mediaType: 10, vocabulary: 10, nonProprietary: 20, machineReadable: 20 };
    const points = (i: ReturnType<typeof interop>) => (Object.keys(weight) as (keyof typeof weight)[]).reduce((sum, k) => sum + (i[k] ? weight[k] : 0), 0);
    const best = distributions.map(interop).sort((a, b) => points(b) - points(a))[0];
    add('Interoperability', 'Format', 20, ds(!!best?.format));
    add('Interoperability', 'Media type', 10, ds(!!best?.mediaType));
    add('Interoperability', 'Format / media type from vocabulary', 10, ds(!!best?.vocabulary));
    add('Interoperability', 'Non-proprietary', 20, ds(!!best?.nonProprietary));
    add('Interoperability', 'Machine-readable', 20, ds(!!best?.machineReadable));
    add('Interoperability', 'DCAT-AP compliance', 30, ds(dcatApCompliant));

    add(
      'Reusability',
      'Licence information',
      20,
      share((x) => has(x, `${DCT}license`)),
    );
    add(
      'Reusability',
      'Licence vocabulary',
      10,
      share((x) => objects(x, `${DCT}license`).some((l) => licences.has(l.value))),
    );
    add('Reusability', 'Access restrictions', 10, ds(has(d, `${DCT}accessRights`)));
    add('Reusability', 'Access restrictions vocabulary', 5, ds(objects(d, `${DCT}accessRights`).some((a) => accessRights.has(a.value))));
    add('Reusability', 'Contact point', 20, ds(has(d, `${DCAT}contactPoint`)));
    add('Reusability', 'Publisher', 10, ds(has(d, `${DCT}publisher`)));

    add(
      'Contextuality',
      'Rights',
      5,
      share((x) => has(x, `${DCT}rights`)),
    );
    add(
      'Contextuality',
      'File size',
      5,
      share((x) => has(x, `${DCAT}byteSize`)),
    );
    add('Contextuality', 'Date of issue', 5, ds(has(d, `${DCT}issued`)));
    add('Contextuality', 'Modification date', 5, ds(has(d, `${DCT}modified`)));
  }

  const indicators = [...totals.values()];
  const scored = indicators.filter((i) => i.points !== undefined);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    indicators,
    score: round(scored.reduce((sum, i) => sum + i.points!, 0)),
    offlineMax: scored.reduce((sum, i) => sum + i.max, 0),
    max: indicators.reduce((sum, i) => sum + i.max, 0),
  };
}
