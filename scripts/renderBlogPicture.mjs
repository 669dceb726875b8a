// Draws the picture of the Python roadmap that the blog post (apps/blog) shows inside its
// <roadmap-graph> to readers without JavaScript: apps/blog/python-backend.svg, with the core's
// CLI, from the roadmap's baked column layout (the width of the post's text column). Generated,
// not committed, so it follows the roadmap and the renderer. `pnpm start` runs it after building
// the packages; the browser tests of the blog without JavaScript run it too.
//
//   node scripts/renderBlogPicture.mjs      (after `pnpm build`)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = 'packages/core/dist/cli/main.js';

if (!existsSync(`${root}${cli}`)) {
  console.error(`✗ ${cli} is missing: run \`pnpm build\` first.`);
  process.exit(1);
}
const { status, error } = spawnSync(
  process.execPath,
  [cli, 'render', 'data/python-backend.roadmap.json', '--width', 'column', '--theme', 'light', '-o', 'apps/blog/python-backend.svg'],
  { cwd: root, stdio: 'inherit' },
);
if (error) console.error(`✗ ${error.message}`);
process.exit(status ?? 1);
