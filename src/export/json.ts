import type { Resource } from '../resource.js';

/** The records as pretty-printed JSON, as in `data/resources/` but with every default filled in. */
export function toJson(records: readonly Resource[]): string {
  return JSON.stringify(records, null, 2) + '\n';
}
