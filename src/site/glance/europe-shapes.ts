import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { RoundedPath } from './rounded-path.js';
import { simplifyArcs } from './simplify-arcs.js';

/** One country as drawn: its boundary in viewBox units. */
export interface CountryShape {
  /** ISO 3166-1 numeric code as in Natural Earth, or `''` for the few areas without one (Kosovo, N. Cyprus). */
  readonly id: string;
  /** Natural Earth's short English name. */
  readonly name: string;
  /** SVG path data. */
  readonly d: string;
  /** Drawn area in square viewBox units (small states get a marker). */
  readonly area: number;
  /** Where a marker goes: the centre of the largest drawn part. */
  readonly centre: readonly [number, number];
}

/** Every country that shows inside the frame, in boundary-data order. */
export interface EuropeShapes {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly CountryShape[];
}

/** Width of the viewBox: about one unit per screen pixel where the page shows the map at full width. */
export const MAP_WIDTH = 960;

/**
 * Points the frame must hold (longitude, latitude): Iceland, Ireland and Portugal in the west, the North
 * Cape, Cyprus and eastern Turkey, Malta and Crete in the south. Overseas parts (the Azores, Madeira,
 * the Canaries, Svalbard, French overseas regions) fall outside and are cut off.
 */
const FRAME: Array<[number, number]> = [
  [-24.6, 66.6],
  [-10.6, 51.4],
  [-9.6, 36.8],
  [14.5, 35.8],
  [24.5, 34.6],
  [34.6, 34.5],
  [44.8, 39.6],
  [31.0, 71.3],
  [26.0, 71.3],
];
const MARGIN = 12;
/** Islands smaller than this (square viewBox units) are dropped, unless they are all a country has. */
const MIN_PART_AREA = 4;
/** Detail below this (degrees of latitude, about 2 km) is thinned out: less than one unit of the viewBox. */
const TOLERANCE = 0.02;

type Topology = Parameters<typeof feature>[0];
type Country = Feature<Polygon | MultiPolygon, { name: string }>;

let cached: EuropeShapes | undefined;

/**
 * The countries of Europe and its neighbours, projected once per process from Natural Earth's 1:50m
 * boundaries (`world-atlas`) with the Lambert azimuthal equal-area projection centred on 10°E 52°N,
 * the EU's projection for statistical maps (ETRS89-LAEA): equal areas keep the shading honest.
 */
export function europeShapes(): EuropeShapes {
  cached ??= projectEurope(loadCountries());
  return cached;
}

function loadCountries(): Country[] {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = simplifyArcs(JSON.parse(readFileSync(file, 'utf8')) as Topology, TOLERANCE);
  const collection = feature(topology, topology.objects.countries!) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return collection.features;
}

function projectEurope(countries: Country[]): EuropeShapes {
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]).precision(0.1);
  const frame = { type: 'MultiPoint' as const, coordinates: FRAME };
  projection.fitWidth(MAP_WIDTH - 2 * MARGIN, frame);
  const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
  const height = Math.ceil(y1 - y0 + 2 * MARGIN);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN, ty - y0 + MARGIN]).clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  const measure = geoPath(projection);
  const shapes: CountryShape[] = [];
  for (const country of countries) {
    const parts = polygonsOf(country.geometry)
      .map((polygon) => ({ polygon, area: measure.area(polygon) }))
      .filter((part) => part.area > 0)
      .sort((a, b) => b.area - a.area);
    const kept = parts.filter((part, i) => i === 0 || part.area >= MIN_PART_AREA);
    if (kept.length === 0) continue;
    const path = new RoundedPath();
    const draw = geoPath(projection, path);
    for (const part of kept) draw(part.polygon);
    const d = path.result();
    if (!d) continue;
    const [cx, cy] = measure.centroid(kept[0]!.polygon);
    shapes.push({
      id: String(country.id ?? ''),
      name: country.properties.name,
      d,
      area: kept.reduce((sum, part) => sum + part.area, 0),
      centre: [Math.round(cx), Math.round(cy)],
    });
  }
  return { width: MAP_WIDTH, height, shapes };
}

function polygonsOf(geometry: Polygon | MultiPolygon): Polygon[] {
  return geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}
