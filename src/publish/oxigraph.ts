/**
 * Loads oxigraph (WebAssembly, ~6 MB) on first use, synchronously, from Node only: nothing that the
 * library entries import reaches this module, so browser bundles and `import 'elet-resources'` never pay for it.
 * oxigraph is an optional dependency of the package: `elet serve --sparql` and the RDF/XML dump need it.
 */
import { createRequire } from 'node:module';

export type Oxigraph = typeof import('oxigraph');

let loaded: Oxigraph | undefined;

/**
 * The oxigraph module.
 * @throws when it is not installed, saying how to install it.
 */
export function loadOxigraph(): Oxigraph {
  if (loaded) return loaded;
  try {
    loaded = createRequire(import.meta.url)('oxigraph') as Oxigraph;
  } catch (error) {
    throw new Error('oxigraph is needed here (RDF/XML, SPARQL) but could not be loaded: install it with `npm install oxigraph@^0.5`', { cause: error });
  }
  return loaded;
}
