import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { escapeControls, quoted } from '../escape.js';
import type { CliIo } from '../io.js';

/** The built site: `dist/site` beside the bundled CLI (`dist/cli.js`), else in the current folder's `dist/`. */
export function defaultSiteRoot(cwd: string): string | undefined {
  const candidates = [fileURLToPath(new URL('./site/', import.meta.url)), resolve(cwd, 'dist/site')];
  return candidates.find((dir) => existsSync(resolve(dir, 'index.html')));
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${quoted(value)}`);
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value) || n <= 0) throw new UsageError(`--sparql-timeout must be a positive number of seconds, not "${value}"`);
  return n;
}

/** The SPARQL endpoint, loaded only when asked for (oxigraph is WebAssembly, and optional). */
async function startSparqlFor(root: string, timeoutSeconds: number) {
  if (!existsSync(resolve(root, 'dumps/catalogue.nt')))
    throw new UsageError(`--sparql needs the dumps of the site (${resolve(root, 'dumps')}): build the site with its dumps`);
  const { startSparql } = await import('../../server/sparql.js');
  return startSparql({ root, timeoutMs: timeoutSeconds * 1000 });
}

/** `elet serve`: the linked-data site with content negotiation, until interrupted. */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description(
      'serve the linked-data site (dist/site) with content negotiation: HTML, Turtle, JSON-LD, N-Triples or RDF/XML per Accept header; --sparql adds a SPARQL endpoint at /sparql',
    )
    .addHelpText(
      'after',
      '\nThe files of the site are listed once at start: restart the server after rebuilding it (`elet site --out <dir>`).\n\nExample:\n  elet serve --port 8080\n  curl -H "Accept: text/turtle" http://127.0.0.1:8080/resource/<slug>',
    )
    .option('-p, --port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--host <host>', 'interface to listen on; the default keeps the server on this machine', '127.0.0.1')
    .option('--root <dir>', 'site folder to serve (default: dist/site; build one with `elet site --out <dir>`)')
    .option('--sparql', 'also answer read-only SPARQL 1.1 queries at /sparql (needs the optional dependency oxigraph)')
    .option('--sparql-timeout <seconds>', 'longest a SPARQL query may run', '10')
    .action(async (options: { port: string; host: string; root?: string; sparql?: boolean; sparqlTimeout: string }) => {
      const root = options.root ? resolve(io.cwd, options.root) : defaultSiteRoot(io.cwd);
      if (!root || !existsSync(resolve(root, 'index.html'))) {
        throw new UsageError(`no built site at ${escapeControls(root ?? 'dist/site')}: build one with \`elet site --out <dir>\` and pass --root <dir>`);
      }
      const { startServer } = await import('../../server/server.js');
      const sparql = options.sparql ? await startSparqlFor(root, seconds(options.sparqlTimeout)) : undefined;
      const running = await startServer({ root, host: options.host, port: port(options.port), route: sparql?.handle });
      io.out(`elet serve: ${running.url} (serving ${root}${sparql ? `; SPARQL at ${running.url}sparql` : ''}; Ctrl-C to stop)\n`);
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running
            .close()
            .then(() => sparql?.close())
            .then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
