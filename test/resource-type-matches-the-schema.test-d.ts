import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Download, Resource } from '../src/index.js';
import type { DownloadSchema, ResourceSchema } from '../src/schema.js';

/** The type with every `readonly` removed, to the leaves. */
type DeepMutable<T> = T extends readonly (infer E)[] ? DeepMutable<E>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;

describe('the explicit Resource type', () => {
  it('equals the zod schema both ways, modulo readonly', () => {
    expectTypeOf<DeepMutable<Resource>>().toEqualTypeOf<z.infer<typeof ResourceSchema>>();
    expectTypeOf<DeepMutable<Download>>().toEqualTypeOf<z.infer<typeof DownloadSchema>>();
    expectTypeOf<z.infer<typeof ResourceSchema>>().toExtend<Resource>();
  });

  it('is deeply readonly', () => {
    const r = {} as Resource;
    // @ts-expect-error records are frozen: fields cannot be assigned
    r.title = 'x';
    // @ts-expect-error nor lists grown
    r.countries.push('ES');
    // @ts-expect-error nor downloads changed
    r.downloads[0]!.title = 'x';
    expectTypeOf(r.countries).toEqualTypeOf<readonly import('../src/index.js').CountryCode[]>();
  });
});
