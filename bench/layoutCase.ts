// One benchmark case (a roadmap at one width class) in a fresh process, so the first run is truly
// cold (ELK loaded, JIT cold). Prints one JSON line: { cold, warm: number[] } in milliseconds.
import { readFileSync } from 'node:fs';
import { buildGraph } from '../packages/core/src/graph/buildGraph.js';
import { createElkEngine } from '../packages/core/src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../packages/core/src/layout/layoutRoadmap.js';
import type { WidthClass } from '../packages/core/src/layout/widthClasses.js';
import type { Roadmap } from '../packages/core/src/schema/roadmapSchema.js';
import { parseRoadmap } from '../packages/core/src/validate/parseRoadmap.js';
import { syntheticRoadmap } from '../packages/core/test/support/syntheticRoadmap.js';

const [source, runsArg, widthClass = 'wide'] = process.argv.slice(2);
const warmRuns = Number(runsArg ?? 5);

function load(): Roadmap {
  if (/^\d+$/.test(source!)) return syntheticRoadmap(Number(source));
  const parsed = parseRoadmap(readFileSync(source!, 'utf8'));
  if (!parsed.ok) throw new Error(`${source} is not a valid roadmap`);
  const { layout: _baked, ...roadmap } = parsed.roadmap;
  return roadmap;
}

const roadmap = load();
const engine = createElkEngine();
const time = async () => {
  const start = performance.now();
  await layoutRoadmap(buildGraph(roadmap), { engine, widthClass: widthClass as WidthClass });
  return performance.now() - start;
};
const cold = await time();
const warm: number[] = [];
for (let i = 0; i < warmRuns; i++) warm.push(await time());
process.stdout.write(`${JSON.stringify({ cold, warm })}\n`);
