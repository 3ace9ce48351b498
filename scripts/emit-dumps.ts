/** Placeholder until the RDF publisher lands: creates the dumps folder. */
import { mkdirSync } from 'node:fs';

export async function emitDumps(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
}
