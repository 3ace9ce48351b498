import { describe, expect, it } from 'vitest';
import type { AnyCode } from '../../../src/generated/vocabulary.js';
import { countryCodes } from '../../../src/generated/vocabulary.js';
import { facets } from '../../../src/query.js';
import { countBars } from '../../../src/site/glance/bars.js';
import { classOf, countClasses } from '../../../src/site/glance/classes.js';
import { europeShapes } from '../../../src/site/glance/europe-shapes.js';
import { ISO_NUMERIC } from '../../../src/site/glance/iso-numeric.js';
import { recordsMap, undrawnCountries } from '../../../src/site/glance/map.js';
import { RoundedPath } from '../../../src/site/glance/rounded-path.js';
import { glanceSection } from '../../../src/site/glance/section.js';
import { label } from '../../../src/vocabulary.js';

const linkFor = (code: string) => `vocab/country/${code}.html`;
const SAMPLE = { ES: 7, DE: 12, MT: 1, LI: 2, FR: 0, EU: 3 };

/** The links of a map, by target: what each wraps. */
function linksOf(markup: string): Map<string, string> {
  return new Map([...markup.matchAll(/<a href="([^"]*)">(.*?)<\/a>/gs)].map((m) => [m[1]!, m[2]!]));
}

/** Every point of path data written by RoundedPath (`M x y l dx dy … z`), in viewBox units. */
function pointsOf(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (const ring of d.split('M').slice(1)) {
    const [start, steps = ''] = ring.replace(/z$/, '').split('l');
    let [x, y] = start!.trim().split(' ').map(Number) as [number, number];
    points.push([x, y]);
    const deltas = steps.match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i < deltas.length; i += 2) points.push([(x += deltas[i]!), (y += deltas[i + 1]!)]);
  }
  return points;
}

describe('the map of records per country', () => {
  it('links every country with records, draws it and names it with its count', () => {
    const counts = facets().country;
    const links = linksOf(recordsMap({ counts, linkFor }).value);
    const withRecords = countryCodes.filter((code) => code !== 'EU' && counts[code] > 0);
    expect(withRecords.length).toBeGreaterThan(0);
    for (const code of withRecords) {
      const inner = links.get(linkFor(code));
      expect(inner, code).toBeDefined();
      expect(inner).toMatch(/<path d="M[^"]+" fill="#[0-9a-f]{6}"\/>/);
      const n = counts[code];
      expect(inner).toContain(`<title>${label(code)}: ${n} ${n === 1 ? 'record' : 'records'}</title>`);
    }
  });

  it('gives countries without records no link, and says the EU-level count in text', () => {
    const markup = recordsMap({ counts: SAMPLE, linkFor }).value;
    const targets = [...linksOf(markup).keys()];
    expect(targets.filter((t) => t.includes('/country/') && !t.endsWith('EU.html')).sort()).toEqual(['DE', 'ES', 'LI', 'MT'].map(linkFor));
    expect(markup).toContain('<title>France: no records</title>');
    expect(markup).toContain('<title>Finland: no records</title>');
    expect(markup).toMatch(/Not on the map: <a href="vocab\/country\/EU.html">3 records<\/a> at European Union level\./);
    expect(recordsMap({ counts: { ES: 1 }, linkFor }).value).not.toContain('Not on the map');
  });

  it('marks the small states, so they can be seen and clicked', () => {
    const links = linksOf(recordsMap({ counts: SAMPLE, linkFor }).value);
    for (const code of ['MT', 'LI']) expect(links.get(linkFor(code))).toMatch(/<circle cx="\d+" cy="\d+" r="\d+" fill="#/);
    expect(links.get(linkFor('ES'))).not.toContain('<circle');
  });

  it('has a legend whose classes cover every count up to the largest', () => {
    const markup = recordsMap({ counts: SAMPLE, linkFor }).value;
    const legend = markup.slice(markup.indexOf('<ul class="legend">'));
    const entries = [...legend.matchAll(/<li><svg class="swatch"[^>]*><rect [^>]*fill="(#[0-9a-f]{6})"[^>]*\/><\/svg> ([^<]+)<\/li>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(entries.map((e) => e[1])).toEqual(['1–3 records', '4–6 records', '7–9 records', '10–12 records', 'No records', 'Not a country of the toolkit']);
    const classes = countClasses(12);
    for (const [code, count] of Object.entries(SAMPLE)) {
      if (code === 'EU' || count === 0) continue;
      const fill = classOf(count, classes)!.fill;
      expect(entries.map((e) => e[0])).toContain(fill);
      expect(linksOf(markup).get(linkFor(code))).toContain(`fill="${fill}"`);
    }
  });

  it('is the same bytes for the same input, small, and free of script and inline style', () => {
    const a = recordsMap({ counts: facets().country, linkFor }).value;
    const b = recordsMap({ counts: { ...facets().country }, linkFor }).value;
    expect(a).toBe(b);
    expect(Buffer.byteLength(a)).toBeLessThan(60_000);
    expect(a).not.toMatch(/<script|\sstyle=|\son\w+=/i);
  });

  it('escapes names it is given', () => {
    const markup = recordsMap({ counts: { ES: 1 }, linkFor, nameFor: (code) => `<b>${code}</b>` }).value;
    expect(markup).toContain('<title>&lt;b&gt;ES&lt;/b&gt;: 1 record</title>');
    expect(markup).not.toContain('<b>');
  });
});

describe('the boundaries behind the map', () => {
  it('draw every country of the vocabulary, matched by its ISO numeric code', () => {
    expect(undrawnCountries()).toEqual([]);
    const names = new Map(europeShapes().shapes.map((s) => [s.id, s.name]));
    for (const [code, numeric] of Object.entries(ISO_NUMERIC)) expect(names.get(numeric), code).toBe(label(code as AnyCode));
    expect(Object.keys(ISO_NUMERIC).sort()).toEqual(countryCodes.filter((c) => c !== 'EU'));
  });

  it('fit Europe into the frame and leave the overseas parts out', () => {
    const { width, height, shapes } = europeShapes();
    expect(width).toBe(960);
    const points = shapes.flatMap((shape) => pointsOf(shape.d));
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([0, width, 0, height]);
    // France without its overseas regions stays one mainland ring plus Corsica and a few islands.
    const france = shapes.find((s) => s.id === ISO_NUMERIC.FR)!;
    expect(france.d.split('M').length - 1).toBeLessThan(10);
    expect(shapes.find((s) => s.name === 'Brazil')).toBeUndefined();
  });
});

describe('count classes', () => {
  it('cover 1 to the largest count without gaps or overlaps, in at most five classes', () => {
    for (let max = 1; max <= 300; max++) {
      const classes = countClasses(max);
      expect(classes.length).toBeLessThanOrEqual(5);
      expect(classes[0]!.min).toBe(1);
      expect(classes.at(-1)!.max).toBe(max);
      for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
      expect(new Set(classes.map((c) => c.fill)).size).toBe(classes.length);
    }
    expect(countClasses(0)).toEqual([]);
    expect(countClasses(4).map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });
});

describe('rounded path data', () => {
  it('rounds, joins steps in one direction and drops rings that collapse', () => {
    const path = new RoundedPath();
    path.moveTo(0.2, 0.4);
    path.lineTo(1.1, 0);
    path.lineTo(2, 0.3);
    path.lineTo(2, 2);
    path.lineTo(0, 0);
    path.closePath();
    path.moveTo(5, 5);
    path.lineTo(5.2, 5.1);
    path.closePath();
    expect(path.result()).toBe('M0 0l2 0 0 2z');
  });
});

describe('bars of records per code', () => {
  it('show every code longest first, with its name, its count as text and a link when it has records', () => {
    const markup = countBars({ caption: 'Records per type', heading: 'Type', counts: { tool: 4, publication: 16, 'quick-win': 0 }, linkFor }).value;
    const rows = [...markup.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual([
      '<a href="vocab/country/publication.html">Publication</a>',
      '<a href="vocab/country/tool.html">Tool</a>',
      'Quick win',
    ]);
    expect(rows.map((r) => r[2]!.match(/<span class="count">(\d+)<\/span>/)![1])).toEqual(['16', '4', '0']);
    expect(rows[0]![2]).toContain('<rect width="100" ');
    expect(rows[1]![2]).toContain('<rect width="25" ');
    expect(rows[2]![2]).not.toContain('<rect');
    expect(markup).toContain('<caption>Records per type</caption>');
    expect(markup).not.toMatch(/<script|\sstyle=/i);
  });
});

describe('the glance section', () => {
  it('holds the map and the bars per type and per beneficiary for the package records', () => {
    const markup = glanceSection(facets(), linkFor).value;
    expect(markup).toContain('<figure class="glance-map">');
    expect(markup).toContain('<caption>Records per type</caption>');
    expect(markup).toContain('<caption>Records per beneficiary</caption>');
    expect(glanceSection(facets(), linkFor).value).toBe(markup);
  });
});
