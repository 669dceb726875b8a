import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import type { LayoutDirection } from '../src/layout/types.js';
import { WIDTH_CLASS_NAMES, type WidthClass } from '../src/layout/widthClasses.js';
import type { Roadmap, Topic } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { arbitraryRoadmap } from './support/arbitraryRoadmap.js';
import { layoutViolations } from './support/layoutViolations.js';
import { syntheticRoadmap } from './support/syntheticRoadmap.js';

const engine = createElkEngine();
const DIRECTIONS: LayoutDirection[] = ['DOWN', 'RIGHT'];
/** Every width class in both directions. */
const EVERY = DIRECTIONS.flatMap((direction) => WIDTH_CLASS_NAMES.map((widthClass) => [direction, widthClass] as const));
const PYTHON = new URL('../../../data/python-backend.roadmap.json', import.meta.url);

async function violations(roadmap: Roadmap, direction: LayoutDirection, widthClass: WidthClass): Promise<string[]> {
  const parsed = parseRoadmap(roadmap);
  if (!parsed.ok) throw new Error(`fixture is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const graph = buildGraph(parsed.roadmap);
  return layoutViolations(graph, await layoutRoadmap(graph, { engine, direction, widthClass }));
}

/** Awkward but valid input: empty and one-topic sections, deep nesting, long, wide and odd titles. */
function awkwardRoadmap(): Roadmap {
  let deep: Topic = { id: 'depth-6', title: 'Deepest' };
  for (let depth = 5; depth >= 1; depth -= 1) deep = { id: `depth-${depth}`, title: `Depth ${depth}`, topics: [deep] };
  return {
    id: 'awkward',
    title: 'Awkward',
    sections: [
      { id: 'empty', title: 'A section without topics yet', topics: [] },
      { id: 'single', title: 'S', topics: [{ id: 'alone', title: 'Alone' }] },
      {
        id: 'titles',
        title: 'W'.repeat(200),
        choice: true,
        topics: [
          { id: 'cjk', title: '非同期プログラミングと並行処理の基礎を学ぶ' },
          { id: 'emoji', title: '🐍 Python 🚀 fast ✨' },
          { id: 'long-word', title: 'a'.repeat(200) },
          { id: 'spaces', title: 'many   spaces\tand\ttabs' },
        ],
      },
      { id: 'nesting', title: 'Nesting', requires: ['empty'], topics: [deep, { id: 'after', title: 'After', requires: ['depth-6', 'alone'] }] },
    ],
  };
}

describe('layout invariants', () => {
  it.each(EVERY)('hold for synthetic roadmaps of 300 topics (%s, %s)', async (direction, widthClass) => {
    // A different seed per class, so that the three classes see three roadmaps.
    const seed = 1 + WIDTH_CLASS_NAMES.indexOf(widthClass);
    expect(await violations(syntheticRoadmap(300, seed), direction, widthClass)).toEqual([]);
  });

  it.each(EVERY)('hold for awkward input (%s, %s)', async (direction, widthClass) => {
    expect(await violations(awkwardRoadmap(), direction, widthClass)).toEqual([]);
  });

  it.each(EVERY)('hold for the Python backend roadmap (%s, %s)', async (direction, widthClass) => {
    const { layout: _baked, ...roadmap } = JSON.parse(readFileSync(PYTHON, 'utf8')) as Roadmap;
    expect(await violations(roadmap, direction, widthClass)).toEqual([]);
  });

  it('hold for random roadmaps at every width class', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRoadmap, fc.constantFrom(...EVERY), async (roadmap, [direction, widthClass]) => {
        expect(await violations(roadmap, direction, widthClass)).toEqual([]);
      }),
      { numRuns: 45 },
    );
  }, 240_000);

  it.each(WIDTH_CLASS_NAMES)('hold for 1,000 topics (%s)', async (widthClass) => {
    expect(await violations(syntheticRoadmap(1000), 'DOWN', widthClass)).toEqual([]);
  }, 120_000);
});
