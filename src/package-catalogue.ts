/**
 * The package's own records as a frozen, indexed catalogue. In a module of its own so that importing the query
 * engine ({@link Catalogue}) or the code lists does not pull in the records; and pure, so that a bundle leaves
 * them out unless it uses them.
 */
import { Catalogue } from './catalogue.js';
import { deepFreeze } from './deep-freeze.js';
import { records } from './generated/records.js';
import type { Resource } from './resource.js';

/** Every record of the catalogue, sorted by slug; frozen, so callers cannot change what others see. */
export const resources: readonly Resource[] = /* @__PURE__ */ deepFreeze(records);

/** The package's catalogue: every validated record, sorted by slug, deeply frozen. */
export const catalogue = /* @__PURE__ */ new Catalogue(resources);
