// `pnpm bench`: layout time of the Python roadmap and of synthetic roadmaps at each width class,
// each case in its own process. Prints the first (cold) run and the median of the warm runs
// against the targets (one width class: what a page computes when it has no baked layout).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const CASES = [
  { name: 'Python backend roadmap', source: join(root, 'data/python-backend.roadmap.json'), runs: 9, targetMs: 300 },
  { name: '100 topics', source: '100', runs: 9, targetMs: undefined },
  { name: '1,000 topics', source: '1000', runs: 5, targetMs: 2_000 },
  { name: '5,000 topics', source: '5000', runs: 2, targetMs: 15_000 },
];
const WIDTH_CLASSES = ['phone', 'column', 'wide'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`.padStart(10);

console.log(`layoutRoadmap (ELK in-thread, Node ${process.version})`);
console.log(`${'case'.padEnd(24)}${'class'.padEnd(8)}${'cold'.padStart(10)}${'warm median'.padStart(14)}   target (warm)`);
let missed = 0;
for (const c of CASES) {
  for (const widthClass of WIDTH_CLASSES) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'layoutCase.ts'), c.source, String(c.runs), widthClass], {
      cwd: root,
      encoding: 'utf8',
    });
    const { cold, warm } = JSON.parse(out.trim().split('\n').pop()!) as { cold: number; warm: number[] };
    const warmMedian = median(warm);
    const target = c.targetMs === undefined ? '' : `≤ ${c.targetMs.toLocaleString('en')} ms`;
    const verdict = c.targetMs === undefined ? '' : warmMedian <= c.targetMs ? `${target} ok` : `${target} MISSED`;
    if (verdict.endsWith('MISSED')) missed++;
    console.log(`${c.name.padEnd(24)}${widthClass.padEnd(8)}${ms(cold)}${ms(warmMedian).padStart(14)}   ${verdict}`);
  }
}
process.exitCode = missed ? 1 : 0;
