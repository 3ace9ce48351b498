/**
 * A 404 page suggests nearby names; at 20,000 records, with a mistyped slug or a 15,000-character one,
 * it must still cost a few milliseconds, not block the server (it ran on the event loop for 30 s).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteHandler } from '../../../src/server/server.js';
import type { SiteFiles } from '../../../src/server/site-files.js';
import type { NodeFormat } from '../../../src/site/formats.js';
import { get } from '../../helpers/http.js';
import { scaledSlugs } from '../../helpers/typos.js';

/** A site listing of 20,000 resource pages (no files are read: every request here is a 404). */
function bigSite(): SiteFiles {
  const files = new Set<string>(['index.html']);
  const nodes = new Map<string, ReadonlyMap<NodeFormat, string>>([['', new Map([['html', 'index.html']])]]);
  for (const slug of scaledSlugs(20_000)) {
    const node = `resource/${slug}`;
    files.add(`${node}.html`);
    nodes.set(node, new Map([['html', `${node}.html`]]));
  }
  return { root: '/nonexistent-site-root', files, nodes };
}

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer(createSiteHandler(bigSite()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Median CPU time of one request in ms (CPU, not wall time: a busy machine must not fail the test). */
async function medianCpuMs(path: string, times: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    const res = await get(url, path, {}, 'GET', 120_000);
    const used = process.cpuUsage(start);
    expect(res.status).toBe(404);
    samples.push((used.user + used.system) / 1000);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe('404 at 20,000 names', () => {
  it('suggests the nearest slug for a typo', async () => {
    const res = await get(url, '/resource/certifcation-per-unit-cpu-1239');
    expect(res.text).toContain('href="/resource/certification-per-unit-cpu-1239"');
  });

  it('costs a few milliseconds for a typo', async () => {
    expect(await medianCpuMs('/resource/certifcation-per-unit-cpu-1239', 15)).toBeLessThan(15);
  });

  it('costs a few milliseconds for a 15,000-character name', async () => {
    expect(await medianCpuMs(`/resource/${'a'.repeat(15_000)}`, 3)).toBeLessThan(15);
    expect(await medianCpuMs(`/resource/${'certification-per-unit-cpu-'.repeat(600).slice(0, 15_000)}`, 3)).toBeLessThan(15);
  });
});
