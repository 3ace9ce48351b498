/**
 * The package's own records as a frozen, indexed catalogue. In a module of its own so that importing the query
 * engine ({@link Catalogue}) or the code lists does not pull in the records.
 */
import { Catalogue } from './catalogue.js';
import { records } from './generated/records.js';
import type { Resource } from './schema.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The package's catalogue: every validated record, sorted by slug, deeply frozen. */
export const catalogue = new Catalogue(deepFreeze(records));

/** Every record of the catalogue, sorted by slug; frozen, so callers cannot change what others see. */
export const resources: readonly Resource[] = catalogue.resources;

