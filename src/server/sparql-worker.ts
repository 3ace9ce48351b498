/**
 * The body of the SPARQL worker thread: loads the dumps into an oxigraph store once, then answers one
 * query per message. It runs in a worker so that a runaway query (oxigraph cannot be interrupted) can be
 * stopped by terminating the thread. The function is sent to the worker as source text (`eval` worker),
 * so the CLI needs no separate bundled file: it may use only what it is given, never module imports.
 */

/** Sent to the worker when it starts. */
export interface WorkerSetup {
  /** Resolved path of the oxigraph package (resolved by the main thread, where the package is found). */
  oxigraphPath: string;
  /** RDF files to load, with their media types. */
  sources: readonly { path: string; mediaType: string }[];
  /** Largest number of solutions or triples a query may return. */
  maxResults: number;
}

/** A query to answer. */
export interface WorkerRequest {
  id: number;
  query: string;
  /** Media type of the serialized results. */
  format: string;
}

/** The answer: the serialized results, or why there are none. */
export type WorkerReply = { id: number; ok: true; body: string } | { id: number; ok: false; status: number; message: string } | { ready: true };

/** Minimal views of what the worker uses, so this file compiles without importing anything. */
interface Port {
  on(event: 'message', listener: (message: WorkerRequest) => void): void;
  postMessage(message: WorkerReply): void;
}
interface Fs {
  readFileSync(path: string, encoding: 'utf8'): string;
}
interface Ox {
  Store: new () => {
    load(text: string, options: { format: string }): void;
    query(query: string, options?: { results_format?: string }): unknown;
  };
}

/**
 * Runs in the worker. `load` is the worker's `require`.
 * @param setup what to load and the result limit.
 */
export function sparqlWorkerMain(port: Port, setup: WorkerSetup, load: (id: string) => unknown): void {
  const ox = load(setup.oxigraphPath) as Ox;
  const fs = load('node:fs') as Fs;
  const store = new ox.Store();
  for (const source of setup.sources) store.load(fs.readFileSync(source.path, 'utf8'), { format: source.mediaType });
  port.on('message', ({ id, query, format }) => {
    try {
      const raw = store.query(query);
      const size = Array.isArray(raw) ? raw.length : 1;
      if (size > setup.maxResults) {
        port.postMessage({
          id,
          ok: false,
          status: 422,
          message: `The query has ${size} results, more than the ${setup.maxResults} this endpoint returns: add a LIMIT.`,
        });
        return;
      }
      port.postMessage({ id, ok: true, body: String(store.query(query, { results_format: format })) });
    } catch (error) {
      port.postMessage({ id, ok: false, status: 400, message: `The query could not be answered: ${(error as Error).message}` });
    }
  });
  port.postMessage({ ready: true });
}
