import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Builds apps/site into `outDir` (an absolute path) with the site's own Vite, from the packages'
 * built `dist` as `pnpm start` does (the root `pnpm test` builds them first), and returns how
 * long it took in milliseconds. The child gets a clean environment: Vitest's NODE_ENV=test would
 * give a development build of React, and the NODE_OPTIONS of the test script name a shim by a
 * path relative to tests/.
 */
export async function buildSite(outDir: string): Promise<number> {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name === 'NODE_ENV' || name === 'NODE_OPTIONS' || name.startsWith('VITEST')) delete env[name];
  }
  const started = performance.now();
  try {
    await run('pnpm', ['--filter', '@roadmap-graph/site', 'exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`site build failed:\n${stderr.slice(-4000)}\n${stdout.slice(-4000)}`);
  }
  return performance.now() - started;
}
