/** The request line and Host rules of HTTP/1.1 (RFC 9112 §3.2) that node's parser leaves to the server. */

/**
 * The path a request target names, without its query: the origin form (`/a/b?q`) as sent, and the
 * absolute form (`http://host/a/b?q`, which a server MUST accept, §3.2.2) without its scheme and authority.
 * `undefined` for any other form or scheme (answered 400).
 */
export function targetPath(target: string): string | undefined {
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  if (!absolute && !target.startsWith('/')) return undefined;
  const rest = absolute ? target.slice(absolute[0].length) : target;
  const path = rest.split(/[?#]/, 1)[0]!;
  return path.startsWith('/') ? path : `/${path}`;
}

/** Whether a request has exactly one `Host` header line: none or several MUST be answered 400 (§3.2). */
export function hasOneHost(rawHeaders: readonly string[]): boolean {
  let lines = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === 'host') lines++;
  return lines === 1;
}
