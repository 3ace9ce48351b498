import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourceIri } from '../src/rdf/iri.js';
import { buildSite } from '../src/site/build.js';
import { escapeHtml, html, raw, safeHref, scriptJson } from '../src/site/html.js';
import { EVIL_DESCRIPTION, EVIL_SLUG, EVIL_TITLE, evilRecord } from './helpers/evil-record.js';

describe('HTML helpers', () => {
  it('escape every interpolated value unless it is already safe HTML', () => {
    const text = `<script>alert("x")</script> & 'y'`;
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
    expect(html`<ul>${['<a>', html`<li>${'<b>'}</li>`, raw('<hr>'), undefined, false]}</ul>`.value).toBe('<ul>&lt;a&gt;<li>&lt;b&gt;</li><hr></ul>');
    expect(escapeHtml('a&b')).toBe('a&amp;b');
  });

  it('keep non-http URLs out of links', () => {
    expect(safeHref('javascript:alert(1)')).toBe('#');
    expect(safeHref(' data:text/html,x')).toBe('#');
    expect(safeHref('https://example.org/?a=1')).toBe('https://example.org/?a=1');
  });

  it('write JSON for a script block that no text can close, and that parses back to the same value', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'line\u2028sep & more >' };
    const json = scriptJson(value).value;
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('a record full of markup on the built site', () => {
  let dir: string;
  const read = (path: string) => readFileSync(join(dir, 'site', path), 'utf8');
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'elet-escape-'));
    await buildSite({ outDir: join(dir, 'site'), resources: [evilRecord()] });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders inert on its page: the only script is the JSON-LD block, and no element comes from the record', () => {
    const page = read(`resource/${EVIL_SLUG}.html`);
    expect(page.match(/<script/gi)).toEqual(['<script']);
    expect(page.match(/<\/script/gi)).toEqual(['</script']);
    expect(page).not.toMatch(/<(img|iframe|svg|style|b|th)[\s>]/i);
    expect(page).toContain(escapeHtml(EVIL_TITLE));
    expect(page).toContain(`<meta name="description" content="${escapeHtml(EVIL_DESCRIPTION)}">`);
    // A quote cannot reach an href any more (validation accepts URLs only in canonical form, where `"` is `%22`);
    // the `&` still has to be escaped in the attribute.
    expect(page).toContain('href="https://example.org/file.pdf?a=1&amp;b=2"');
  });

  it('keeps its embedded JSON-LD valid and faithful', () => {
    const page = read(`resource/${EVIL_SLUG}.html`);
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!;
    const data = JSON.parse(block) as Record<string, { '@value': string }>;
    expect(data['@id']).toBe(resourceIri(EVIL_SLUG));
    expect(data.name!['@value']).toBe(EVIL_TITLE);
    expect(data.description!['@value']).toBe(EVIL_DESCRIPTION);
  });

  it('is escaped wherever it is listed, and its Turtle keeps the text exactly', () => {
    for (const page of ['index.html', 'vocab/country/LI.html', 'vocab/beneficiary/parents.html']) {
      const text = read(page);
      expect(text).toContain(`>${escapeHtml(EVIL_TITLE)}</a>`);
      expect(text).not.toContain('window.__pwned = 1</script>');
    }
    const quads = new Parser().parse(read(`resource/${EVIL_SLUG}.ttl`));
    const titles = quads.filter((q) => q.subject.value === resourceIri(EVIL_SLUG) && q.predicate.value === 'http://schema.org/name');
    expect(titles.map((q) => q.object.value)).toEqual([EVIL_TITLE]);
  });
});
