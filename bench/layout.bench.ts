// `pnpm bench`: layout time of the Python roadmap and of synthetic roadmaps, each case in its own
// process. Prints the first (cold) run and the median of the warm runs against the targets.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const CASES = [
  { name: 'Python backend roadmap', source: join(root, 'data/python-backend.roadmap.json'), runs: 9, targetMs: 300 },
  { name: '100 topics', source: '100', runs: 9, targetMs: undefined },
  { name: '1,000 topics', source: '1000', runs: 5, targetMs: 2_000 },
  { name: '5,000 topics', source: '5000', runs: 3, targetMs: 15_000 },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`.padStart(10);

console.log(`layoutRoadmap (ELK in-thread, Node ${process.version})`);
console.log(`${'case'.padEnd(24)}${'cold'.padStart(10)}${'warm median'.padStart(14)}   target (warm)`);
let missed = 0;
for (const c of CASES) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'layoutCase.ts'), c.source, String(c.runs)], {
    cwd: root,
    encoding: 'utf8',
  });
  const { cold, warm } = JSON.parse(out.trim().split('\n').pop()!) as { cold: number; warm: number[] };
  const warmMedian = median(warm);
  const verdict = c.targetMs === undefined ? '' : warmMedian <= c.targetMs ? `≤ ${c.targetMs.toLocaleString('en')} ms ok` : `≤ ${c.targetMs.toLocaleString('en')} ms MISSED`;
  if (verdict.endsWith('MISSED')) missed++;
  console.log(`${c.name.padEnd(24)}${ms(cold)}${ms(warmMedian).padStart(14)}   ${verdict}`);
}
process.exitCode = missed ? 1 : 0;
