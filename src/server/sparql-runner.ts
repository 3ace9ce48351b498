/**
 * Runs SPARQL queries one at a time in a worker thread holding the store (see sparql-worker.ts), and
 * stops any query that runs past the time limit by terminating the worker, then starts a fresh one.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { sparqlWorkerMain, type WorkerReply, type WorkerSetup } from './sparql-worker.js';

/** What a query gave: the serialized results, or an HTTP status with a message. */
export type QueryOutcome = { ok: true; body: string } | { ok: false; status: number; message: string };

export interface RunnerOptions {
  /** RDF files to load, with their media types. */
  sources: readonly { path: string; mediaType: string }[];
  /** Longest a query may run, in milliseconds. */
  timeoutMs: number;
  /** Largest number of solutions or triples a query may return. */
  maxResults: number;
}

interface Job {
  query: string;
  format: string;
  done: (outcome: QueryOutcome) => void;
}

/** The worker source: the main function called with the worker's own port, data and `require`. */
const WORKER_SOURCE = `const wt = require('node:worker_threads');\n(${sparqlWorkerMain.toString()})(wt.parentPort, wt.workerData, require);`;

/** A queue of queries in front of one worker. */
export class SparqlRunner {
  readonly #setup: WorkerSetup;
  readonly #timeoutMs: number;
  readonly #queue: Job[] = [];
  #worker: Promise<Worker> | undefined;
  #busy = false;
  #nextId = 1;
  #closed = false;

  constructor(options: RunnerOptions) {
    const oxigraphPath = createRequire(import.meta.url).resolve('oxigraph');
    this.#setup = { oxigraphPath, sources: options.sources, maxResults: options.maxResults };
    this.#timeoutMs = options.timeoutMs;
  }

  /** Starts the worker and waits until the store is loaded (so the first query is not slowed, and load errors show at start). */
  async start(): Promise<void> {
    await this.#ensureWorker();
  }

  /** Answers `query` serialized as `format` (a media type oxigraph writes). */
  run(query: string, format: string): Promise<QueryOutcome> {
    return new Promise((done) => {
      this.#queue.push({ query, format, done });
      void this.#pump();
    });
  }

  /** Stops the worker; queued queries are answered 503. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.done({ ok: false, status: 503, message: 'The server is stopping.' });
    const starting = this.#worker;
    this.#worker = undefined;
    const worker = await starting?.catch(() => undefined);
    await worker?.terminate();
  }

  #ensureWorker(): Promise<Worker> {
    this.#worker ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.#setup });
      const onMessage = (message: WorkerReply) => {
        if (!('ready' in message)) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(worker);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return this.#worker;
  }

  async #pump(): Promise<void> {
    if (this.#busy || this.#closed) return;
    const job = this.#queue.shift();
    if (!job) return;
    this.#busy = true;
    try {
      job.done(await this.#runOne(job));
    } catch (error) {
      job.done({ ok: false, status: 500, message: `The query engine failed: ${(error as Error).message}` });
    } finally {
      this.#busy = false;
      void this.#pump();
    }
  }

  async #runOne(job: Job): Promise<QueryOutcome> {
    const worker = await this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise<QueryOutcome>((resolve) => {
      const finish = (outcome: QueryOutcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(outcome);
      };
      const onMessage = (reply: WorkerReply) => {
        if ('id' in reply && reply.id === id) finish(reply.ok ? { ok: true, body: reply.body } : reply);
      };
      const onError = (error: Error) => {
        this.#worker = undefined;
        finish({ ok: false, status: 500, message: `The query engine failed: ${error.message}` });
      };
      const timer = setTimeout(() => {
        // oxigraph cannot be interrupted: drop the whole worker, and load a fresh one for the next query.
        this.#worker = undefined;
        void worker.terminate();
        const seconds = this.#timeoutMs / 1000;
        finish({ ok: false, status: 503, message: `The query ran longer than the ${seconds} s this endpoint allows and was stopped.` });
      }, this.#timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.postMessage({ id, query: job.query, format: job.format });
    });
  }
}
