import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import type { LayoutDirection } from '../src/layout/types.js';
import type { Roadmap, Topic } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { arbitraryRoadmap } from './support/arbitraryRoadmap.js';
import { layoutViolations } from './support/layoutViolations.js';
import { syntheticRoadmap } from './support/syntheticRoadmap.js';

const engine = createElkEngine();
const DIRECTIONS: LayoutDirection[] = ['DOWN', 'RIGHT'];
const PYTHON = new URL('../../../data/python-backend.roadmap.json', import.meta.url);

async function violations(roadmap: Roadmap, direction: LayoutDirection): Promise<string[]> {
  const parsed = parseRoadmap(roadmap);
  if (!parsed.ok) throw new Error(`fixture is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const graph = buildGraph(parsed.roadmap);
  return layoutViolations(graph, await layoutRoadmap(graph, { engine, direction }));
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
  it.each(DIRECTIONS)('hold for synthetic roadmaps of 300 topics (%s)', async (direction) => {
    for (const seed of [1, 2, 3]) expect(await violations(syntheticRoadmap(300, seed), direction)).toEqual([]);
  });

  it.each(DIRECTIONS)('hold for awkward input (%s)', async (direction) => {
    expect(await violations(awkwardRoadmap(), direction)).toEqual([]);
  });

  it.each(DIRECTIONS)('hold for the Python backend roadmap (%s)', async (direction) => {
    const roadmap = JSON.parse(readFileSync(PYTHON, 'utf8')) as Roadmap;
    expect(await violations(roadmap, direction)).toEqual([]);
  });

  it('hold for random roadmaps', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRoadmap, fc.constantFrom(...DIRECTIONS), async (roadmap, direction) => {
        expect(await violations(roadmap, direction)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('hold for 1,000 topics', async () => {
    expect(await violations(syntheticRoadmap(1000), 'DOWN')).toEqual([]);
  }, 60_000);
});
