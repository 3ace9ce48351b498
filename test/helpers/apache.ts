/**
 * Debian's Apache httpd 2.4 as a throw-away test server on loopback: its own minimal httpd.conf in a temporary
 * folder (nothing of the system configuration is read or touched), a document root holding the given files,
 * and `AllowOverride All` on it, as w3id.org runs it. `scripts/setup.sh` installs the `apache2` package.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/** The modules w3id.org's redirects need (mod_headers for `Vary` on redirects), from Debian's module folder. */
export const APACHE_MODULES = ['mpm_event', 'authz_core', 'rewrite', 'alias', 'mime', 'dir', 'headers'] as const;
const MODULE_DIR = '/usr/lib/apache2/modules';

/** The `apache2` binary: on the PATH, or where Debian puts it (`/usr/sbin` is not on every user's PATH). */
export function apacheBinary(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin'];
  for (const dir of dirs) {
    try {
      accessSync(join(dir, 'apache2'), constants.X_OK);
      return join(dir, 'apache2');
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface ApacheOptions {
  /** Files of the document root by path (`elet-resources/.htaccess` → its text). */
  files: Readonly<Record<string, string>>;
  /** Modules to load (default {@link APACHE_MODULES}); `unixd` is built in. */
  modules?: readonly string[];
}

export interface RunningApache {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** The server's error log so far (startup problems, `.htaccess` errors). */
  errorLog(): string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function httpdConf(dir: string, port: number, modules: readonly string[]): string {
  const asRoot = process.getuid?.() === 0;
  return [
    `ServerRoot "${dir}"`,
    `DefaultRuntimeDir "${dir}"`,
    `PidFile "${dir}/httpd.pid"`,
    `ErrorLog "${dir}/error.log"`,
    'LogLevel warn',
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    ...modules.map((m) => `LoadModule ${m}_module ${MODULE_DIR}/mod_${m}.so`),
    ...(existsSync('/etc/mime.types') ? ['TypesConfig /etc/mime.types'] : []),
    // Started as root, httpd drops to an unprivileged user for its workers (hence the readable document root).
    ...(asRoot ? ['User nobody', 'Group nogroup'] : []),
    'StartServers 1',
    'ServerLimit 2',
    'ThreadsPerChild 25',
    'MaxRequestWorkers 50',
    `DocumentRoot "${dir}/htdocs"`,
    '<Directory />',
    '  AllowOverride None',
    '  Require all denied',
    '</Directory>',
    `<Directory "${dir}/htdocs">`,
    '  AllowOverride All',
    '  Require all granted',
    '</Directory>',
    '',
  ].join('\n');
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until httpd accepts connections; rejects with its error log if it exits or takes too long. */
async function ready(child: ChildProcess, port: number, log: () => string): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 20_000; ) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`apache2 exited (${child.exitCode ?? child.signalCode}) at start:\n${log()}`);
    if (await listening(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`apache2 did not listen on port ${port} within 20 s:\n${log()}`);
}

/** Starts httpd in the foreground on 127.0.0.1 (a free port) serving `files`; `close()` stops it and removes its folder. */
export async function startApache(options: ApacheOptions): Promise<RunningApache> {
  const binary = apacheBinary();
  if (!binary) throw new Error("apache2 is missing: install Debian's apache2 (scripts/setup.sh does, as .ci/run does)");
  const dir = mkdtempSync(join(tmpdir(), 'elet-apache-'));
  chmodSync(dir, 0o755); // mkdtemp makes it 0700: the workers (nobody) must reach the document root
  for (const [path, text] of Object.entries(options.files)) {
    const file = join(dir, 'htdocs', ...path.split('/'));
    mkdirSync(dirname(file), { recursive: true, mode: 0o755 });
    writeFileSync(file, text, { mode: 0o644 });
  }
  mkdirSync(join(dir, 'htdocs'), { recursive: true, mode: 0o755 });
  const port = await freePort();
  const conf = join(dir, 'httpd.conf');
  writeFileSync(conf, httpdConf(dir, port, options.modules ?? APACHE_MODULES));
  const errorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  const child = spawn(binary, ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // If the test process dies first, httpd must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM'); // the parent httpd stops its workers and exits
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await stopped;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ready(child, port, () => `${stderr}${errorLog()}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/`, errorLog, close };
}
