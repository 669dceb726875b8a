import { existsSync } from 'node:fs';
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

/** Fails early, with the command to run, when the element has not been built. */
export function assertElementBuilt(): void {
  for (const file of ['roadmap-graph.js', 'roadmap-graph.iife.js', 'roadmap-graph.layout-worker.js']) {
    if (!existsSync(`${PATHS.dist}/${file}`)) {
      throw new Error(`packages/element/dist/${file} is missing: run \`pnpm --filter @roadmap-graph/element build\` (or \`pnpm build\`) first`);
    }
  }
}
