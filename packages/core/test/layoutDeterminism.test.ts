import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import type { LayoutDirection } from '../src/layout/types.js';
import { WIDTH_CLASS_NAMES, type WidthClass } from '../src/layout/widthClasses.js';
import { smallRoadmap } from './support/smallRoadmap.js';
import { syntheticRoadmap } from './support/syntheticRoadmap.js';

const run = promisify(execFile);
const printLayout = fileURLToPath(new URL('./support/printLayout.ts', import.meta.url));
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

async function layoutJson(count: number, seed: number, direction: LayoutDirection, widthClass: WidthClass): Promise<string> {
  // A fresh engine each time: nothing may carry over between runs.
  const graph = buildGraph(syntheticRoadmap(count, seed));
  return JSON.stringify(await layoutRoadmap(graph, { engine: createElkEngine(), direction, widthClass }));
}

const EVERY = (['DOWN', 'RIGHT'] as const).flatMap((direction) => WIDTH_CLASS_NAMES.map((widthClass) => [direction, widthClass] as const));

describe('layout determinism', () => {
  it.each(EVERY)('gives byte-identical JSON on repeated runs (%s, %s)', async (direction, widthClass) => {
    const first = await layoutJson(200, 1, direction, widthClass);
    expect(await layoutJson(200, 1, direction, widthClass)).toBe(first);
    // Interleaving another layout on the same engine changes nothing either.
    const engine = createElkEngine();
    const graph = buildGraph(syntheticRoadmap(200, 1));
    await layoutRoadmap(buildGraph(smallRoadmap()), { engine });
    expect(JSON.stringify(await layoutRoadmap(graph, { engine, direction, widthClass }))).toBe(first);
  }, 60_000);

  it.each(WIDTH_CLASS_NAMES)('gives byte-identical JSON in another process (%s)', async (widthClass) => {
    const here = await layoutJson(200, 4, 'DOWN', widthClass);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', printLayout, '200', '4', 'DOWN', widthClass], {
      cwd: packageRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toBe(here);
  }, 60_000);

  it('depends on the content, not on how the roadmap was built', async () => {
    const a = buildGraph(smallRoadmap());
    const reordered = JSON.parse(JSON.stringify(smallRoadmap(), (_, value: unknown) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).reverse());
    }));
    const b = buildGraph(reordered);
    const engine = createElkEngine();
    expect(JSON.stringify(await layoutRoadmap(b, { engine }))).toBe(JSON.stringify(await layoutRoadmap(a, { engine })));
  });
});
