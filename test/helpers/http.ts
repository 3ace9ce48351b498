/** Raw HTTP clients for the server tests: paths and headers go out exactly as given, every wait is bounded. */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/** One request with node:http (the path is sent as given: fetch would normalise `..` away); rejects after `timeoutMs`. */
export function get(baseUrl: string, path: string, headers: Record<string, string> = {}, method = 'GET', timeoutMs = 10_000): Promise<Reply> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode!, headers: res.headers, body, text: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer to ${method} ${path} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** Opens a TCP connection to the server, resolving once connected. */
export function openSocket(baseUrl: string): Promise<Socket> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Resolves `true` when the server closes `socket` within `ms`, `false` when it is still open then. */
export function closedWithin(socket: Socket, ms: number): Promise<boolean> {
  if (socket.destroyed || socket.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    socket.once('close', done);
    socket.once('end', done);
    socket.on('error', () => undefined);
    socket.resume(); // read (and drop) what the server sends, e.g. a 408, or 'end' never comes
  });
}

/** Sends `raw` bytes (end them with `Connection: close`) and collects the answer until the server closes; rejects after `timeoutMs`. */
export async function rawRequest(baseUrl: string, raw: string, timeoutMs = 10_000): Promise<{ status: number; head: string; text: string }> {
  const socket = await openSocket(baseUrl);
  return new Promise((resolve, reject) => {
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no complete answer within ${timeoutMs} ms: ${JSON.stringify(data.slice(0, 200))}`));
    }, timeoutMs);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('close', () => {
      clearTimeout(timer);
      const [head = '', ...rest] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, text: rest.join('\r\n\r\n') });
    });
    socket.on('error', () => undefined);
    socket.write(raw); // not end(): a half-closed client makes node abort the answer in progress
  });
}
