import type { CountryCode } from '../../generated/vocabulary.js';

/**
 * ISO 3166-1 numeric code of each country of the countries vocabulary: the map's boundaries
 * (Natural Earth via `world-atlas`) are keyed by it, the vocabulary by alpha-2.
 *
 * Typed by hand because no source in the repository carries the numeric codes: `vocab/countries.ttl`
 * and the EU country table it matches (`skos:exactMatch`) give alpha-2 and alpha-3 only. The type makes
 * the compiler demand an entry for every new vocabulary country, and the unit test checks each entry
 * against the boundary data (the feature with that id must carry the country's English label).
 * `EU` is not a country shape, so it has no entry.
 */
export const ISO_NUMERIC: Readonly<Record<Exclude<CountryCode, 'EU'>, string>> = Object.freeze({
  AT: '040',
  BE: '056',
  BG: '100',
  CH: '756',
  CY: '196',
  CZ: '203',
  DE: '276',
  DK: '208',
  EE: '233',
  ES: '724',
  FI: '246',
  FR: '250',
  GB: '826',
  GR: '300',
  HR: '191',
  HU: '348',
  IE: '372',
  IS: '352',
  IT: '380',
  LI: '438',
  LT: '440',
  LU: '442',
  LV: '428',
  MT: '470',
  NL: '528',
  NO: '578',
  PL: '616',
  PT: '620',
  RO: '642',
  SE: '752',
  SI: '705',
  SK: '703',
  TR: '792',
});
