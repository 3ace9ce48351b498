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

/** `elet serve`: the linked-data site with content negotiation, until interrupted. */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the linked-data site (dist/site) with content negotiation: HTML, Turtle, JSON-LD or N-Triples per Accept header')
    .addHelpText('after', '\nThe files of the site are listed once at start: restart the server after rebuilding it (`elet site --out <dir>`).\n\nExample:\n  elet serve --port 8080\n  curl -H "Accept: text/turtle" http://127.0.0.1:8080/resource/<slug>')
    .option('-p, --port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--host <host>', 'interface to listen on; the default keeps the server on this machine', '127.0.0.1')
    .option('--root <dir>', 'site folder to serve (default: dist/site; build one with `elet site --out <dir>`)')
    .action(async (options: { port: string; host: string; root?: string }) => {
      const root = options.root ? resolve(io.cwd, options.root) : defaultSiteRoot(io.cwd);
      if (!root || !existsSync(resolve(root, 'index.html'))) {
        throw new UsageError(`no built site at ${escapeControls(root ?? 'dist/site')}: build one with \`elet site --out <dir>\` and pass --root <dir>`);
      }
      const { startServer } = await import('../../server/server.js');
      const running = await startServer({ root, host: options.host, port: port(options.port) });
      io.out(`elet serve: ${running.url} (serving ${root}; Ctrl-C to stop)\n`);
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running.close().then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
