import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ok } from '../../fences/support/fenceSite.js';
import { run, userEnv } from '../../support/run.js';

const VITE = new URL('../../node_modules/vite/bin/vite.js', import.meta.url).pathname;
const TEMPLATE = new URL('../vite-app/', import.meta.url).pathname;
const OUTLINE = new URL('../../../data/python-backend.md', import.meta.url);

/**
 * Makes the app of tests/element/vite-app in `dir`, with the packed element (`tarball`) unpacked
 * into its node_modules as npm would install it: the package has no dependencies (its scripts
 * bundle everything), so nothing else is installed and no registry is needed. The app shows the
 * Python roadmap as its Markdown outline, so that the element must start both its workers: the
 * read worker reads the outline, the layout worker lays it out. Vite itself is the workspace's.
 */
export async function makeViteApp(dir: string, tarball: string): Promise<void> {
  cpSync(TEMPLATE, dir, { recursive: true });
  const installed = join(dir, 'node_modules/@roadmap-graph/element');
  mkdirSync(installed, { recursive: true });
  ok(await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], dir), 'tar');
  mkdirSync(join(dir, 'public'), { recursive: true });
  writeFileSync(join(dir, 'public/python-backend.md'), readFileSync(OUTLINE, 'utf8'));
}

/** `vite build` of the app in `dir` into `outDir`, with relative URLs so any folder can serve it. */
export async function buildViteApp(dir: string, outDir: string): Promise<void> {
  ok(await run(process.execPath, [VITE, 'build', '--base', './', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], dir), 'vite build');
}

/** A running `vite` dev server. */
export interface DevServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts `vite` (the dev server, with its dependency pre-bundling) for the app in `dir` on a free
 * loopback port, and resolves once it says it is ready.
 */
export async function startViteDev(dir: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [VITE, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: dir, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      // Colours are on under CI=true (picocolors), and Vite colours the port: match the plain text.
      if (output.replace(/\x1b\[[0-9;]*m/g, '').includes(url)) resolve();
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.once('exit', (code) => reject(new Error(`vite dev exited (${code}) before it was ready:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
