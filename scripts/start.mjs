// `pnpm start`: builds the packages (core, react, element) and the demo site, then serves the
// site and the blog page on 127.0.0.1 until Ctrl+C. Works on a fresh clone after `pnpm install`.
//
//   node scripts/start.mjs              build everything, then serve on port 4173 (PORT overrides)
//   node scripts/start.mjs --no-build   serve what was built last time
//
// URL layout (the same the blog page and the site's embed snippets expect):
//   /            apps/site/dist        the site: roadmap, /playground/, /embed/, /docs/
//   /blog/       apps/blog             the static blog post with <roadmap-graph> (and the picture of
//                                      the map it shows without JavaScript, drawn by the build)
//   /element/    packages/element/dist the element's scripts and its workers
//   /data/       data                  the roadmaps
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (path) => join(root, path);
const HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;

const MOUNTS = [
  ['/blog/', at('apps/blog')],
  ['/element/', at('packages/element/dist')],
  ['/data/', at('data')],
  ['/', at('apps/site/dist')],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function run(command, args, label) {
  console.log(`\n▸ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed${result.error ? `: ${result.error.message}` : ''}. Did \`pnpm install\` run?`);
    process.exit(result.status ?? 1);
  }
}

function port() {
  const text = process.env.PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`✗ PORT must be a port number (0–65535), got "${text}"`);
    process.exit(2);
  }
  return value;
}

/** The file a URL path names, or a redirect for a folder asked without its trailing slash. */
function resolve(pathname) {
  for (const [prefix, folder] of MOUNTS) {
    // `/blog` (no slash) is the blog's folder too: redirect so its relative links resolve.
    if (prefix !== '/' && pathname === prefix.slice(0, -1)) return { redirect: prefix };
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(folder, pathname.slice(prefix.length)));
    if (file !== folder && !file.startsWith(folder + sep)) return undefined;
    let stats;
    try {
      stats = statSync(file);
    } catch {
      return undefined;
    }
    if (stats.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      const index = join(file, 'index.html');
      return existsSync(index) ? { file: index } : undefined;
    }
    return { file };
  }
  return undefined;
}

function serve(request, response) {
  let url;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
    url.pathname = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed');
    return;
  }
  const found = resolve(url.pathname);
  if (found?.redirect) {
    response.writeHead(301, { location: `${found.redirect}${url.search}` }).end();
    return;
  }
  const headers = {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // Snippets from the embed page load the element and the data into pages of other origins.
    'access-control-allow-origin': '*',
  };
  if (!found) {
    response.writeHead(404, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Not found</title><p>Not found. Start at <a href="/">the roadmap</a>.</p>');
    return;
  }
  response.writeHead(200, { ...headers, 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream' });
  if (request.method === 'HEAD') response.end();
  else createReadStream(found.file).on('error', () => response.destroy()).pipe(response);
}

if (!process.argv.includes('--no-build')) {
  run('pnpm', ['-r', '--filter', './packages/*', 'run', 'build'], 'Building the packages (core, react, element)');
  run('pnpm', ['--filter', '@roadmap-graph/site', 'run', 'build'], 'Building the site (apps/site)');
  run('node', ['scripts/renderBlogPicture.mjs'], "Drawing the blog's picture of the map for readers without JavaScript");
}
for (const [prefix, folder] of MOUNTS) {
  if (!existsSync(folder)) {
    console.error(`✗ ${folder} is missing (served at ${prefix}): run \`pnpm start\` without --no-build.`);
    process.exit(1);
  }
}

const server = createServer(serve);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') console.error(`\n✗ Port ${error.port} on ${HOST} is in use. Stop what runs there, or pick another: PORT=4174 pnpm start`);
  else console.error(`\n✗ The server failed: ${error.message}`);
  process.exit(1);
});
server.listen(port(), HOST, () => {
  const base = `http://${HOST}:${server.address().port}`;
  console.log(`
roadmap-graph is running:

  Roadmap      ${base}/
  Playground   ${base}/playground/
  Embed        ${base}/embed/
  Docs         ${base}/docs/
  Blog page    ${base}/blog/

Press Ctrl+C to stop.`);
});

const stop = () => {
  console.log('\nStopping.');
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
