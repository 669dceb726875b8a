import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const at = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Folders the element's browser tests serve and write to. */
export const PATHS = {
  dist: at('packages/element/dist'),
  data: at('data'),
  blog: at('apps/blog'),
  fixtures: at('tests/element/fixtures'),
  screenshots: at('test-output/screenshots/element'),
};

/** The classic script and its interactive part, which a page hosts side by side. */
const CLASSIC_SCRIPT = ['roadmap-graph.iife.js', 'roadmap-graph.iife.interactive.js'];

/** Copies the classic script, with its interactive part, into `dir` (to host it beside another worker). */
export function copyClassicScript(dir: string): void {
  for (const file of CLASSIC_SCRIPT) copyFileSync(join(PATHS.dist, file), join(dir, file));
}

/**
 * Copies the classic script into `dir` beside workers that start and never answer (both the
 * layout worker and the read worker: fixtures/hang-worker.js), for tests of deadlines and of
 * what the element lets go of.
 */
export function copyClassicScriptWithHangingWorkers(dir: string): void {
  copyClassicScript(dir);
  for (const worker of ['roadmap-graph.layout-worker.js', 'roadmap-graph.read-worker.js']) copyFileSync(join(PATHS.fixtures, 'hang-worker.js'), join(dir, worker));
}

/** Fails early, with the command to run, when the element has not been built. */
export function assertElementBuilt(): void {
  for (const file of ['roadmap-graph.js', 'roadmap-graph.interactive.js', ...CLASSIC_SCRIPT, 'roadmap-graph.layout-worker.js', 'roadmap-graph.read-worker.js']) {
    if (!existsSync(`${PATHS.dist}/${file}`)) {
      throw new Error(`packages/element/dist/${file} is missing: run \`pnpm --filter @roadmap-graph/element build\` (or \`pnpm build\`) first`);
    }
  }
}
