// Prints the layout of a synthetic roadmap as JSON, so a test can compare runs across processes.
// Usage: node --import tsx printLayout.ts <topicCount> <seed> <DOWN|RIGHT> <phone|column|wide>
import { buildGraph } from '../../src/graph/buildGraph.js';
import { createElkEngine } from '../../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../../src/layout/layoutRoadmap.js';
import type { LayoutDirection } from '../../src/layout/types.js';
import type { WidthClass } from '../../src/layout/widthClasses.js';
import { syntheticRoadmap } from './syntheticRoadmap.js';

const [count = '200', seed = '1', direction = 'DOWN', widthClass = 'wide'] = process.argv.slice(2);
const graph = buildGraph(syntheticRoadmap(Number(count), Number(seed)));
const layout = await layoutRoadmap(graph, {
  engine: createElkEngine(),
  direction: direction as LayoutDirection,
  widthClass: widthClass as WidthClass,
});
process.stdout.write(JSON.stringify(layout));
