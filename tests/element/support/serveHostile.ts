import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What a route of {@link serveHostile} did with its response. */
export interface RouteLog {
  /** Bytes of body written (queued) so far. */
  sent: number;
  /** The connection was closed before the body was complete (the reader stopped reading). */
  cutOff: boolean;
}

/** A server of hostile or broken roadmap responses on 127.0.0.1, readable from any origin (CORS). */
export interface HostileServer {
  /** Base URL without a trailing slash. */
  url: string;
  /** What the route at `path` has done so far (the latest request to it). */
  log(path: string): RouteLog;
  close(): Promise<void>;
}

type Route = (response: ServerResponse, log: RouteLog) => void;

const CHUNK = Buffer.alloc(64 * 1024, 0x20);

/**
 * Streams `total` bytes (a JSON prefix, then spaces) as fast as the reader takes them and no
 * faster, so the bytes counted are what the reader really pulled; `total` Infinity never ends.
 */
function stream(response: ServerResponse, log: RouteLog, total: number): void {
  const prefix = Buffer.from('{"id": "endless", "title": "');
  response.write(prefix);
  log.sent += prefix.length;
  const pump = (): void => {
    while (!response.destroyed && log.sent < total) {
      const chunk = total - log.sent < CHUNK.length ? CHUNK.subarray(0, total - log.sent) : CHUNK;
      log.sent += chunk.length;
      if (!response.write(chunk)) return;
    }
    if (log.sent >= total && !response.destroyed) response.end();
  };
  response.on('drain', pump);
  pump();
}

/**
 * The responses a hostile or misconfigured host gives, each on its own path:
 * - `/stall-after-headers.json`: headers and a few bytes, then nothing, forever;
 * - `/stall-before-headers.json`: never answers at all;
 * - `/declared-huge.json`: a Content-Length of 200 MB, and the bytes to match;
 * - `/endless.json`: chunked, no length, never ends;
 * - `/spa/roadmap.json`: a single-page app's fallback: its index.html as text/html;
 * - `/sniffed-html.json`: an HTML page sent as text/plain;
 * - and each of `files` (path → content) as application/json.
 */
export async function serveHostile(files: Record<string, Buffer> = {}): Promise<HostileServer> {
  const logs = new Map<string, RouteLog>();
  const sockets = new Set<Socket>();
  const routes: Record<string, Route> = {
    '/stall-after-headers.json': (response, log) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id": ');
      log.sent += 7;
    },
    '/stall-before-headers.json': () => {},
    '/declared-huge.json': (response, log) => {
      const total = 200 * 1024 * 1024;
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(total) });
      stream(response, log, total);
    },
    '/endless.json': (response, log) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      stream(response, log, Infinity);
    },
    '/spa/roadmap.json': (response, log) => {
      const page = '<!doctype html><html lang="en"><head><title>My app</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
      log.sent += page.length;
    },
    '/sniffed-html.json': (response, log) => {
      const page = '\n  <!DOCTYPE html>\n<html><head><title>Not found</title></head><body>Try the home page.</body></html>';
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(page);
      log.sent += page.length;
    },
  };
  for (const [path, content] of Object.entries(files)) {
    routes[path] = (response, log) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(content.length) });
      response.end(content);
      log.sent += content.length;
    };
  }
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('cache-control', 'no-store');
    const route = routes[path];
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    const log: RouteLog = { sent: 0, cutOff: false };
    logs.set(path, log);
    response.on('close', () => {
      if (!response.writableFinished) log.cutOff = true;
    });
    route(response, log);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log: (path) => logs.get(path) ?? { sent: 0, cutOff: false },
    close: () =>
      new Promise((done) => {
        // Stalled responses never end by themselves.
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
