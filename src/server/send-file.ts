import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { contentTypeOf } from '../site/formats.js';
import type { ServedFile } from './file-store.js';
import { notModified } from './preconditions.js';
import { ifRangeHolds, requestedRange } from './ranges.js';

/**
 * Answers a GET or HEAD with a site file: 304 when the request's conditions say the client has it, 206 or 416
 * for a byte range, else 200. Large files are streamed with back-pressure, so memory stays flat however many
 * downloads run; a client that stops reading is cut off by the server's idle timeout.
 */
export async function sendFile(req: IncomingMessage, res: ServerResponse, path: string, file: ServedFile, headers: Record<string, string>): Promise<void> {
  const lastModified = new Date(file.modifiedMs).toUTCString();
  const common: Record<string, string> = {
    ...headers,
    ETag: file.etag,
    'Last-Modified': lastModified,
    'Cache-Control': 'no-cache',
    'Access-Control-Allow-Origin': '*',
    'Accept-Ranges': 'bytes',
  };
  const release = async () => {
    if ('handle' in file) await file.handle.close();
  };
  if (notModified(req.headers, file.etag, file.modifiedMs)) {
    await release();
    res.writeHead(304, common);
    return void res.end();
  }
  // Range applies to GET only (RFC 9110 §14.2), and only while If-Range still names this file.
  const range =
    req.method === 'GET' && ifRangeHolds(req.headers['if-range'] as string | undefined, file.etag, lastModified)
      ? requestedRange(req.headers.range, file.size)
      : undefined;
  if (range === 'unsatisfiable') {
    await release();
    res.writeHead(416, { ...common, 'Content-Range': `bytes */${file.size}`, 'Content-Length': '0' });
    return void res.end();
  }
  const { start, end } = range ?? { start: 0, end: file.size - 1 };
  if (range) common['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
  res.writeHead(range ? 206 : 200, { ...common, 'Content-Type': contentTypeOf(path), 'Content-Length': String(end - start + 1) });
  if ('body' in file) return void res.end(req.method === 'HEAD' ? undefined : file.body.subarray(start, end + 1));
  if (req.method === 'HEAD' || end < start) {
    await release();
    return void res.end();
  }
  // autoClose: the stream closes the file when done or destroyed (a client that went away).
  await pipeline(file.handle.createReadStream({ start, end, highWaterMark: 64 * 1024 }), res).catch(() => res.destroy());
}
