import type { feature } from 'topojson-client';

type Topology = Parameters<typeof feature>[0];
type Point = readonly [number, number];

/**
 * The topology with every arc thinned by Douglas–Peucker to `tolerance` degrees of latitude (longitudes
 * scaled by the cosine of the latitude, so the tolerance means the same distance everywhere). Arcs are
 * shared between neighbours, so thinning them, not each country's outline, keeps borders gap-free.
 * Expects a quantized topology (`world-atlas` files are).
 */
export function simplifyArcs(topology: Topology, tolerance: number): Topology {
  const { scale, translate } = topology.transform!;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const quantized = arc.map(([dx, dy]): Point => [(x += dx!), (y += dy!)]);
    const degrees = quantized.map(([qx, qy]): Point => {
      const lat = qy * scale[1] + translate[1];
      return [(qx * scale[0] + translate[0]) * Math.cos((lat * Math.PI) / 180), lat];
    });
    let px = 0;
    let py = 0;
    return keptIndexes(degrees, tolerance).map((i) => {
      const [qx, qy] = quantized[i]!;
      const step = [qx - px, qy - py];
      px = qx;
      py = qy;
      return step;
    });
  });
  return { ...topology, arcs };
}

/** Indexes of the points Douglas–Peucker keeps (always the two ends), in order. */
function keptIndexes(points: readonly Point[], tolerance: number): number[] {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (distance > max) [farthest, max] = [i, distance];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return [...keep.keys()].filter((i) => keep[i]);
}

function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
