// Serves the static blog post (apps/blog) the way a blogger's host would, on 127.0.0.1:
//   /            apps/blog (the hand-written post)
//   /element/    packages/element/dist (the <roadmap-graph> scripts and the layout worker)
//   /data/       data/ (the Python roadmap with its baked layout)
// under a strict Content-Security-Policy, which the post and the element both work with.
//
// Usage: node scripts/serve-blog.mjs [--port 4174] [--no-csp]
// (build the element first: pnpm --filter @roadmap-graph/element build). PORT also sets the port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MOUNTS = [
  ['/element/', join(root, 'packages/element/dist')],
  ['/data/', join(root, 'data')],
  ['/', join(root, 'apps/blog')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
/** No inline scripts or styles, no eval; workers only from this site. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 4174));
const csp = !args.includes('--no-csp');

if (!existsSync(join(root, 'packages/element/dist/roadmap-graph.iife.js'))) {
  console.error('packages/element/dist is missing: run `pnpm --filter @roadmap-graph/element build` first.');
  process.exit(1);
}

const server = createServer((request, response) => {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  } catch {
    return send(response, 400, 'bad request');
  }
  const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix));
  if (!mount) return send(response, 404, 'not found');
  const [prefix, folder] = mount;
  let file = normalize(join(folder, path.slice(prefix.length)));
  if (file !== folder && !file.startsWith(folder + sep)) return send(response, 404, 'not found');
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!statSync(file).isFile()) return send(response, 404, 'not found');
  } catch {
    return send(response, 404, 'not found');
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(csp ? { 'content-security-policy': CSP } : {}),
  });
  createReadStream(file).pipe(response);
});

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...(csp ? { 'content-security-policy': CSP } : {}) });
  response.end(text);
}

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`blog     http://127.0.0.1:${actual}/${csp ? '   (strict Content-Security-Policy)' : ''}`);
});
