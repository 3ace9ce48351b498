/**
 * The whole MQA rubric (405 points), the 80 live points measured against the local deployment: the generated
 * w3id `.htaccess` on Debian's Apache httpd in front of a Pages-like static host serving dist/site under its
 * sub-path. Every access and download URL of the deployed `catalogue-dcat.ttl` must answer 200 through the
 * redirects, with the media type its distribution declares.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { w3idFile } from '../src/cli/commands/w3id.js';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import { DCAT_FILE } from '../src/publish/dumps.js';
import { type RunningApache, startApache } from './helpers/apache.js';
import { type LiveAnswers, scoreMqa } from './helpers/mqa.js';
import { ROOT } from './helpers/project.js';
import { parseRdf } from './helpers/rdf.js';
import { euBackground, MANDATORY_SHAPES, validateDcatAp } from './helpers/shacl.js';
import { type StaticHost, startStaticHost } from './helpers/static-host.js';

const BASE = catalogueInfo.baseIri;
const FOLDER = new URL(BASE).pathname;
const SUB_PATH = new URL(catalogueInfo.siteUrl!).pathname;
const SITE = join(ROOT, 'dist', 'site');
const DCAT = 'http://www.w3.org/ns/dcat#';
const IANA = /^https?:\/\/www\.iana\.org\/assignments\/media-types\//;

let site: StaticHost;
let apache: RunningApache;
beforeAll(async () => {
  if (!existsSync(join(SITE, 'dumps', DCAT_FILE))) throw new Error('dist/site/dumps is missing: run `npm run build` first');
  site = await startStaticHost(SITE, SUB_PATH);
  apache = await startApache({ files: { [`${FOLDER.slice(1)}.htaccess`]: w3idFile(site.url) } });
});
afterAll(async () => {
  await apache?.close();
  await site?.close();
});

/** Where an IRI under the base is asked for in the local deployment: the same path on the local Apache. */
const local = (iri: string) => (iri.startsWith(BASE) ? apache.url + iri.slice(new URL(BASE).origin.length + 1) : iri);

/** Each access and download URL of each distribution, with the media type it must answer in (if declared). */
function urlsToCheck(store: Store): Map<string, string | undefined> {
  const urls = new Map<string, string | undefined>();
  for (const d of store.getObjects(null, `${DCAT}distribution`, null)) {
    const declared = store.getObjects(d, `${DCAT}mediaType`, null)[0]?.value.replace(IANA, '');
    const downloads = store.getObjects(d, `${DCAT}downloadURL`, null).map((u) => u.value);
    for (const u of downloads) urls.set(u, declared);
    // An access URL that is not the file itself is a page about it: any document answering 200 will do.
    for (const u of store.getObjects(d, `${DCAT}accessURL`, null)) if (!urls.has(u.value)) urls.set(u.value, undefined);
  }
  return urls;
}

describe('MQA with the live URL checks against the local Apache + static host deployment', () => {
  it('scores 405 of 405', async () => {
    const data = parseRdf(readFileSync(join(SITE, 'dumps', DCAT_FILE), 'utf8'));
    const store = new Store(data);
    const live = new Map<string, boolean>();
    const problems: string[] = [];
    for (const [url, mediaType] of urlsToCheck(store)) {
      const answer = await fetch(local(url), { redirect: 'follow' });
      await answer.arrayBuffer();
      const type = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim();
      const ok = answer.status === 200 && (mediaType === undefined || type === mediaType);
      if (!ok) problems.push(`${url}: ${answer.status} ${type} (declared ${mediaType ?? 'none'})`);
      live.set(url, ok);
    }
    expect(live.size).toBeGreaterThan(0);
    const shacl = await validateDcatAp(MANDATORY_SHAPES, [...data, ...euBackground(data)]);
    const result = scoreMqa(store, shacl.violations.length === 0, live as LiveAnswers);
    console.log(
      `MQA ${DCAT_FILE} with live URLs: ${result.score}/${result.max} (${live.size} access/download URLs fetched through the w3id redirects, ${problems.length} failed)\n` +
        result.indicators.map((i) => `  ${i.dimension} · ${i.name}: ${i.points ?? 'n/a'}/${i.max}`).join('\n'),
    );
    expect(problems).toEqual([]);
    expect(result.max).toBe(405);
    expect(result.indicators.every((i) => i.points !== undefined)).toBe(true);
    expect(result.score).toBe(405);
  });

  it('loses the live points when a download URL does not answer (the check can fail)', async () => {
    const store = new Store(parseRdf(readFileSync(join(SITE, 'dumps', DCAT_FILE), 'utf8')));
    const live = new Map<string, boolean>([...urlsToCheck(store).keys()].map((u) => [u, true]));
    const full = scoreMqa(store, true, live).score;
    live.set([...live.keys()].find((u) => u.includes('/dumps/'))!, false);
    expect(scoreMqa(store, true, live).score).toBeLessThan(full);
  });
});
