// The project's main job until the demo site lands: draw the Python backend roadmap from its
// data (baked layout included) as static SVGs, light and dark, and say where they are.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.output');
await mkdir(out, { recursive: true });
const cli = join(root, 'packages/core/dist/cli/main.js');
const data = join(root, 'data/python-backend.roadmap.json');

for (const theme of ['light', 'dark']) {
  const svg = join(out, `python-backend.${theme}.svg`);
  const run = spawnSync(process.execPath, [cli, 'render', data, '--theme', theme, '-o', svg], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log(`${theme.padEnd(5)}  ${relative(root, svg)}  ${pathToFileURL(svg)}`);
}
