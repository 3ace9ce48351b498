/**
 * The package's own records as a frozen, indexed catalogue. In a module of its own so that importing the query
 * engine ({@link Catalogue}) or the code lists does not pull in the records; and pure, so that a bundle leaves
 * them out unless it uses them.
 */
import { Catalogue } from './catalogue.js';
import { records } from './generated/records.js';
import type { Resource } from './schema.js';

/** Freezes `value` and every object under it (JSON data: no cycles). Primitives are skipped, not visited. */
function deepFreeze<T>(value: T): T {
  // Arrays by index: `for…in` would make a string of every index.
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'object' && v !== null) deepFreeze(v);
  } else {
    for (const key in value) {
      const v = value[key];
      if (typeof v === 'object' && v !== null) deepFreeze(v);
    }
  }
  return Object.freeze(value);
}

/** Every record of the catalogue, sorted by slug; frozen, so callers cannot change what others see. */
export const resources: readonly Resource[] = /* @__PURE__ */ deepFreeze(records);

/** The package's catalogue: every validated record, sorted by slug, deeply frozen. */
export const catalogue = /* @__PURE__ */ new Catalogue(resources);
