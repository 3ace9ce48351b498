/** Shading of the map: count classes and the colours that stand for them. */

/** A class of counts (`min` to `max`, both included) and its fill. */
export interface CountClass {
  readonly min: number;
  readonly max: number;
  readonly fill: string;
}

/**
 * Light to dark, five steps of ColorBrewer's YlGnBu scheme (rated safe for colour-blind readers and in
 * print), starting at its middle: even the lightest class stays clearly darker than the grey of
 * countries without records, also for readers who cannot tell its hue.
 */
const PALETTE = ['#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'] as const;

/** Fills of the land that carries no count, and of the sea. */
export const FILLS = Object.freeze({
  noRecords: '#dadada',
  outside: '#efeee9',
  sea: '#deeaf5',
  border: '#ffffff',
});

/**
 * Up to `limit` classes of equal width covering 1 to `maxCount`, each with its colour; one class per
 * count while the counts are few. The last class ends at `maxCount`, so no class promises counts that
 * no country has. No classes for `maxCount` 0.
 */
export function countClasses(maxCount: number, limit = PALETTE.length): CountClass[] {
  if (!(maxCount >= 1)) return [];
  const width = Math.ceil(maxCount / Math.min(limit, PALETTE.length));
  const classes: CountClass[] = [];
  for (let min = 1; min <= maxCount; min += width) classes.push({ min, max: Math.min(min + width - 1, maxCount), fill: '' });
  const last = classes.length - 1;
  return classes.map((c, i) => ({ ...c, fill: PALETTE[last === 0 ? 2 : Math.round((i * (PALETTE.length - 1)) / last)]! }));
}

/** The class a positive count falls in. */
export function classOf(count: number, classes: readonly CountClass[]): CountClass | undefined {
  return classes.find((c) => count >= c.min && count <= c.max);
}

/** "1 record", "2–3 records". */
export function classLabel(c: CountClass): string {
  if (c.min === c.max) return records(c.min);
  return `${c.min}–${c.max} records`;
}

/** "1 record", "4 records". */
export function records(count: number): string {
  return `${count} ${count === 1 ? 'record' : 'records'}`;
}
