import { NODE_FORMATS } from '../site/formats.js';
import type { Suggestion } from '../site/pages/error.js';
import { Suggester } from '../suggest.js';

/** A site path as an `href`. */
export const href = (path: string) => `/${encodeURI(path)}`;

/**
 * "Did you mean" for paths that were not found: nodes in the same folder with a similar last segment.
 * The names of each folder are indexed once, so a 404 costs a few milliseconds even at 20,000 nodes.
 */
export class NearbyNodes {
  readonly #byFolder = new Map<string, Suggester>();

  constructor(nodes: Iterable<string>) {
    const names = new Map<string, string[]>();
    for (const node of nodes) {
      if (node === '') continue;
      const folder = node.slice(0, node.lastIndexOf('/') + 1);
      let list = names.get(folder);
      if (!list) names.set(folder, (list = []));
      list.push(node.slice(folder.length));
    }
    for (const [folder, list] of names) this.#byFolder.set(folder, new Suggester(list.map((value) => ({ value }))));
  }

  /** Nodes near `path` (a document's extension is ignored: `/resource/x.tll` looks for `resource/x`). */
  near(path: string): Suggestion[] {
    const dot = path.lastIndexOf('.');
    const bare = dot > path.lastIndexOf('/') && NODE_FORMATS.some((f) => f.ext === path.slice(dot + 1)) ? path.slice(0, dot) : path;
    const cut = bare.lastIndexOf('/');
    const folder = bare.slice(0, cut + 1);
    const close = this.#byFolder.get(folder)?.suggest(bare.slice(cut + 1)) ?? [];
    return close.map((name) => ({ href: href(folder + name), text: `/${folder}${name}` }));
  }
}
