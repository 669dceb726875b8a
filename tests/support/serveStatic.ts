import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** A running static server on 127.0.0.1. */
export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/** Options of {@link serveStatic}. */
export interface ServeStaticOptions {
  /** Extra response headers for every response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
}

/**
 * Serves files on a free loopback port, for browser tests: one folder at `/`, or several
 * (URL prefix → folder). Paths outside a root answer 404; a folder serves its index.html.
 */
export async function serveStatic(roots: string | Record<string, string>, options: ServeStaticOptions = {}): Promise<StaticServer> {
  const mounts = Object.entries(typeof roots === 'string' ? { '/': roots } : roots).sort(([a], [b]) => b.length - a.length);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const mount = mounts.find(([prefix]) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    const extra = typeof options.headers === 'function' ? options.headers(path) : (options.headers ?? {});
    if (!mount) return notFound(response, extra);
    const [prefix, folder] = mount;
    const root = resolve(folder);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound(response, extra);
    let size: number;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      size = statSync(file).size;
    } catch {
      return notFound(response, extra);
    }
    // A length, as real static hosts send: readers may rely on it (the element reads a src of
    // declared length whole, and anything else as a capped stream).
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(size),
      'cache-control': 'no-store',
      ...extra,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function notFound(response: import('node:http').ServerResponse, headers: Record<string, string>): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end('not found');
}
