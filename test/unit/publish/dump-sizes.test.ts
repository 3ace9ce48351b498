/** The byte-size fixed point of the self-describing dumps (src/publish/dump-sizes.ts): pure, build-free. */
import { describe, expect, it } from 'vitest';
import { settleDumpSizes } from '../../../src/publish/dump-sizes.js';

describe('settleDumpSizes', () => {
  it('finds sizes that count the descriptions stating them', () => {
    const written = { ttl: 1234, nt: 56_789 };
    const describe = (s: Readonly<Record<'ttl' | 'nt', number>>) => ({
      ttl: `ttl ${s.ttl} bytes, nt ${s.nt} bytes\n`,
      nt: `<nt> <size> "${s.nt}" .\n<ttl> <size> "${s.ttl}" .\n`,
    });
    const { sizes, texts } = settleDumpSizes(written, describe);
    expect(texts).toEqual(describe(sizes));
    expect(sizes.ttl).toBe(written.ttl + Buffer.byteLength(texts.ttl));
    expect(sizes.nt).toBe(written.nt + Buffer.byteLength(texts.nt));
    expect(texts.ttl).toBe(`ttl ${sizes.ttl} bytes, nt ${sizes.nt} bytes\n`);
  });

  it('settles when a size gains a digit (999 → 1000)', () => {
    // 992 + "size 992" (8 bytes) = 1000, whose text is 9 bytes: 1001, which states itself.
    const { sizes, texts } = settleDumpSizes({ file: 992 }, (s) => ({ file: `size ${s.file}` }));
    expect(sizes).toEqual({ file: 1001 });
    expect(texts).toEqual({ file: 'size 1001' });
  });

  it('counts UTF-8 bytes, not characters', () => {
    const { sizes, texts } = settleDumpSizes({ file: 10 }, (s) => ({ file: `déjà ${s.file}` }));
    expect(texts.file).toBe('déjà 19'); // 9 bytes: é and à take two each
    expect(sizes.file).toBe(10 + 9);
  });

  it('fails rather than loop when the sizes never settle', () => {
    expect(() => settleDumpSizes({ file: 1 }, (s) => ({ file: 'x'.repeat(s.file) }))).toThrow('did not settle');
  });
});
