import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_STEM, NODE_FORMATS, NOT_FOUND_PAGE, type NodeFormat } from '../site/formats.js';

/**
 * The files of a built site, listed once at start-up. Requests are answered only from this list,
 * so no request path, however encoded, can reach a file outside the site folder.
 */
export interface SiteFiles {
  /** Absolute path of the site folder. */
  root: string;
  /** Every file, by its path under the root with `/` separators (`resource/x.ttl`). */
  files: ReadonlySet<string>;
  /** Every node (an IRI's path: `resource/x`, `''` for the home page) → its documents by format. */
  nodes: ReadonlyMap<string, ReadonlyMap<NodeFormat, string>>;
}

const EXTENSIONS = new Map<string, NodeFormat>(NODE_FORMATS.map((f) => [`.${f.ext}`, f.ext]));

/** Lists a site folder: its files, and its nodes with their HTML and RDF documents. */
export function indexSite(root: string): SiteFiles {
  const files = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else if (entry.isFile()) files.add(path); // symbolic links are not followed
    }
  };
  walk(root, '');
  const nodes = new Map<string, Map<NodeFormat, string>>();
  for (const file of [...files].sort()) {
    if (file.startsWith('dumps/') || file === NOT_FOUND_PAGE) continue; // downloads and the error page are files, not nodes
    const dot = file.lastIndexOf('.');
    const format = dot > file.lastIndexOf('/') ? EXTENSIONS.get(file.slice(dot)) : undefined;
    if (!format) continue;
    const stem = file.slice(0, dot);
    const node = stem === INDEX_STEM ? '' : stem;
    let docs = nodes.get(node);
    if (!docs) nodes.set(node, (docs = new Map()));
    docs.set(format, file);
  }
  // An extension-less file that is also a node (`.well-known/void`, Turtle for static hosts) is negotiated like every node.
  for (const node of nodes.keys()) files.delete(node);
  return { root, files, nodes };
}

/**
 * The site path a request path names: each segment percent-decoded exactly once. `undefined` for paths that
 * try to climb out (`.`/`..` segments, also when encoded), smuggle separators (`%2F`, `\`) or NUL bytes,
 * or carry invalid percent-encoding.
 */
export function sitePath(requestPath: string): string | undefined {
  if (!requestPath.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of requestPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments.join('/');
}
