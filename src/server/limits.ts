import type { Server, ServerOptions } from 'node:http';

/** How long a connection may take or idle, and how many there may be: what keeps one client from stalling the rest. */
export interface ServerLimits {
  /** A connection with no traffic either way for this long is closed (a client that sends nothing, or stops reading). */
  idleTimeoutMs: number;
  /** Time to send the request line and headers (slow senders, "slowloris"). */
  headersTimeoutMs: number;
  /** Time to send the whole request. */
  requestTimeoutMs: number;
  /** How long a kept-alive connection waits for its next request. */
  keepAliveTimeoutMs: number;
  /** Connections beyond this many are closed as they arrive. */
  maxConnections: number;
}

/** The limits `elet serve` runs with. */
export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  idleTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
});

/** The limits given, the defaults for the others (an `undefined` value counts as not given). */
export function limitsFrom(given: Partial<ServerLimits> = {}): ServerLimits {
  const set = Object.entries(given).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_LIMITS, ...Object.fromEntries(set) };
}

/** The `createServer` options carrying the limits node applies while parsing requests. */
export function parserLimits(limits: ServerLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    // node refuses a headers timeout longer than the request timeout
    requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // how often node looks for requests past those timeouts (its default, 30 s, would let them run that much longer)
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, limits.headersTimeoutMs / 4)),
  };
}

/** Applies the limits enforced on the server's sockets. */
export function applySocketLimits(server: Server, limits: ServerLimits): void {
  // With no 'timeout' listener, node destroys a socket idle for this long.
  server.setTimeout(limits.idleTimeoutMs);
  server.maxConnections = limits.maxConnections;
}
