import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { estimateTextWidth } from '../src/layout/estimateTextWidth.js';
import { straightenJogs } from '../src/layout/straightenJogs.js';
import { topicDetail } from '../src/layout/topicDetail.js';
import { choiceForks } from '../src/render/choiceForks.js';
import type { LayoutBox, LayoutEdge } from '../src/schema/roadmapSchema.js';

const box = (id: string, x: number, y: number, width = 100, height = 40): LayoutBox => ({ id, x, y, width, height });
const jog = (source: string, target: string, points: [number, number][]): LayoutEdge => ({
  id: `requires:${source}->${target}`,
  kind: 'requires',
  source,
  target,
  points: points.map(([x, y]) => ({ x, y })),
});

describe('straightenJogs', () => {
  const a = box('a', 0, 0);
  const b = box('b', 30, 80);
  const route = jog('a', 'b', [
    [50, 40],
    [50, 60],
    [80, 60],
    [80, 80],
  ]);

  it('turns a down-across-down jog between boxes that face each other into one straight arrow on the same sides', () => {
    const [edge] = straightenJogs([route], new Map([['a', a], ['b', b]]), 'DOWN');
    expect(edge!.points).toEqual([
      { x: 65, y: 40 },
      { x: 65, y: 80 },
    ]);
  });

  it('keeps the jog where a box stands in the straight way, or where the boxes share no stretch', () => {
    const between = box('c', 40, 50, 60, 20);
    expect(straightenJogs([route], new Map([['a', a], ['b', b], ['c', between]]), 'DOWN')[0]!.points).toHaveLength(4);
    const apart = box('b', 300, 80);
    const far = jog('a', 'b', [
      [50, 40],
      [50, 60],
      [350, 60],
      [350, 80],
    ]);
    expect(straightenJogs([far], new Map([['a', a], ['b', apart]]), 'DOWN')[0]!.points).toHaveLength(4);
  });

  it('works across the flow when it runs to the right', () => {
    const left = box('a', 0, 0, 40, 100);
    const right = box('b', 80, 30, 40, 100);
    const sideways = jog('a', 'b', [
      [40, 50],
      [60, 50],
      [60, 80],
      [80, 80],
    ]);
    expect(straightenJogs([sideways], new Map([['a', left], ['b', right]]), 'RIGHT')[0]!.points).toEqual([
      { x: 40, y: 65 },
      { x: 80, y: 65 },
    ]);
  });
});

describe('choiceForks', () => {
  const graph = buildGraph({
    id: 'r',
    title: 'R',
    sections: [{ id: 'web', title: 'Flask or Django', choice: true, topics: [{ id: 'flask', title: 'Flask' }, { id: 'django', title: 'Django' }] }],
  });

  it('puts the "or" in the gap between alternatives side by side, or one above the other', () => {
    const side = choiceForks(graph, new Map([['flask', box('flask', 0, 0, 100, 60)], ['django', box('django', 140, 20, 100, 60)]]));
    expect(side).toEqual([{ choice: 'web', between: ['flask', 'django'], x: 120, y: 40 }]);
    const stacked = choiceForks(graph, new Map([['flask', box('flask', 0, 0, 100, 60)], ['django', box('django', 0, 100, 100, 60)]]));
    expect(stacked).toEqual([{ choice: 'web', between: ['flask', 'django'], x: 50, y: 80 }]);
  });
});

describe('topicDetail', () => {
  it('names the level in words and "Optional", on one line where it fits, else one word a line', () => {
    expect(topicDetail({ level: 'beginner', optional: false }, 200, estimateTextWidth)).toEqual({ level: 'beginner', lines: ['Beginner'] });
    expect(topicDetail({ level: 'advanced', optional: true }, 200, estimateTextWidth).lines).toEqual(['Advanced · Optional']);
    expect(topicDetail({ level: 'advanced', optional: true }, 90, estimateTextWidth).lines).toEqual(['Advanced', 'Optional']);
    expect(topicDetail({ level: undefined, optional: false }, 200, estimateTextWidth).lines).toEqual([]);
  });
});
