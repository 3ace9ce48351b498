import type { GeoContext } from 'd3-geo';

/**
 * A d3-geo path context that writes compact SVG path data: coordinates rounded to whole units of the
 * viewBox, relative `l` steps, repeated points dropped and rings that collapse to fewer than three
 * points left out. At the map's size a unit is about one screen pixel, so nothing visible is lost and
 * the markup stays small.
 */
export class RoundedPath implements GeoContext {
  #out = '';
  #ring: Array<[number, number]> = [];

  moveTo(x: number, y: number): void {
    this.#flush();
    this.#ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number): void {
    const last = this.#ring[this.#ring.length - 1];
    const point: [number, number] = [Math.round(x), Math.round(y)];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.#ring.push(point);
  }

  closePath(): void {
    const first = this.#ring[0];
    const last = this.#ring[this.#ring.length - 1];
    if (first && last && this.#ring.length > 1 && first[0] === last[0] && first[1] === last[1]) this.#ring.pop();
    this.#flush(true);
  }

  /** Points are never drawn on this map; d3 calls these only for point geometries. */
  arc(): void {}
  beginPath(): void {}

  /** The path data written so far. */
  result(): string {
    this.#flush();
    return this.#out;
  }

  #flush(closed = false): void {
    const ring = this.#ring;
    this.#ring = [];
    if (ring.length < (closed ? 3 : 2)) return;
    let d = `M${ring[0]![0]} ${ring[0]![1]}l`;
    for (const [i, [dx, dy]] of steps(ring).entries()) d += `${i === 0 || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.#out += closed ? `${d}z` : d;
  }
}

/** Steps between consecutive points, with runs in one direction joined into one step. */
function steps(ring: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 1; i < ring.length; i++) {
    const dx = ring[i]![0] - ring[i - 1]![0];
    const dy = ring[i]![1] - ring[i - 1]![1];
    const last = out[out.length - 1];
    if (last && last[0] * dy === last[1] * dx && last[0] * dx + last[1] * dy > 0) {
      last[0] += dx;
      last[1] += dy;
    } else out.push([dx, dy]);
  }
  return out;
}
