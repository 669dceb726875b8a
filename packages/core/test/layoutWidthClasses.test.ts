import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import type { RoadmapGraph } from '../src/graph/types.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import type { LayoutDirection } from '../src/layout/types.js';
import { WIDTH_CLASSES, widthClassFor, type WidthClass } from '../src/layout/widthClasses.js';
import type { LayoutBox, Point, Roadmap, RoadmapLayout, Topic } from '../src/schema/roadmapSchema.js';
import { layoutViolations } from './support/layoutViolations.js';
import { syntheticRoadmap } from './support/syntheticRoadmap.js';

const engine = createElkEngine();
const { layout: _baked, ...python } = JSON.parse(
  readFileSync(new URL('../../../data/python-backend.roadmap.json', import.meta.url), 'utf8'),
) as Roadmap;
const pythonGraph = buildGraph(python);
const lay = (graph: RoadmapGraph, widthClass: WidthClass, direction: LayoutDirection = 'DOWN') =>
  layoutRoadmap(graph, { engine, widthClass, direction });
const TOPIC_TEXT = 14;
const sectionsOf = (graph: RoadmapGraph, layout: RoadmapLayout): LayoutBox[] =>
  graph.roadmap.sections.map((section) => layout.nodes.find((box) => box.id === section.id) as LayoutBox);

/** Topics of a section that share a row with another (same top), the largest such row. */
function widestRow(graph: RoadmapGraph, layout: RoadmapLayout, section: string): number {
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]));
  const tops = new Map<number, number>();
  for (const id of graph.nodes.get(section)?.children ?? []) {
    const y = (boxes.get(id) as LayoutBox).y;
    tops.set(y, (tops.get(y) ?? 0) + 1);
  }
  return Math.max(...tops.values());
}

/** Whether a segment passes through the inside of a box (its border does not count). */
function crosses(a: Point, b: Point, box: LayoutBox): boolean {
  const inset = 1;
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  if (a.x === b.x) return a.x > left && a.x < right && Math.max(a.y, b.y) > top && Math.min(a.y, b.y) < bottom;
  return a.y > top && a.y < bottom && Math.max(a.x, b.x) > left && Math.min(a.x, b.x) < right;
}

/** Routes of arrows between sections that run through a section other than the two they join. */
function blockedArrows(graph: RoadmapGraph, layout: RoadmapLayout): string[] {
  const sections = sectionsOf(graph, layout);
  const problems: string[] = [];
  for (const edge of layout.edges) {
    const ends = new Set([graph.nodes.get(edge.source)?.section, graph.nodes.get(edge.target)?.section]);
    if (ends.size === 1) continue;
    for (let i = 1; i < edge.points.length; i += 1) {
      for (const box of sections) {
        if (!ends.has(box.id) && crosses(edge.points[i - 1] as Point, edge.points[i] as Point, box)) problems.push(`${edge.id} runs through ${box.id}`);
      }
    }
  }
  return problems;
}

describe('width classes', () => {
  it('name the widths they are made for', () => {
    expect(WIDTH_CLASSES).toEqual({ phone: { width: 360 }, column: { width: 720 }, wide: { width: 1280, height: 630 } });
  });

  it('pick the widest class that fits the container at a readable zoom (12 px text for 14 px)', () => {
    const cases: [number, WidthClass][] = [
      [320, 'phone'],
      [390, 'phone'],
      [617, 'phone'],
      [618, 'column'],
      [720, 'column'],
      [1097, 'column'],
      [1098, 'wide'],
      [1280, 'wide'],
      [2560, 'wide'],
    ];
    for (const [width, expected] of cases) expect(widthClassFor(width), String(width)).toBe(expected);
    for (const odd of [Number.NaN, -1, Number.POSITIVE_INFINITY, '800' as unknown as number]) expect(widthClassFor(odd)).toBe('phone');
  });
});

describe('the Python roadmap at each width', () => {
  it.each(['DOWN', 'RIGHT'] as const)('on a phone: at most 360 px wide, one or two topics per row, flowing down (%s asked)', async (direction) => {
    const layout = await lay(pythonGraph, 'phone', direction);
    expect(layout.width).toBeLessThanOrEqual(360);
    expect(layout.direction).toBe('DOWN');
    const rows = python.sections.map((section) => widestRow(pythonGraph, layout, section.id));
    expect(Math.max(...rows)).toBe(2);
    expect(layoutViolations(pythonGraph, layout)).toEqual([]);
    expect(blockedArrows(pythonGraph, layout)).toEqual([]);
  });

  it.each(['DOWN', 'RIGHT'] as const)('in a 720 px column: at most 720 px wide, with three topics side by side (%s)', async (direction) => {
    const layout = await lay(pythonGraph, 'column', direction);
    expect(layout.width).toBeLessThanOrEqual(720);
    expect(layout.direction).toBe(direction);
    if (direction === 'DOWN') expect(widestRow(pythonGraph, layout, 'python-fundamentals')).toBe(3);
    expect(blockedArrows(pythonGraph, layout)).toEqual([]);
  });

  it.each(['DOWN', 'RIGHT'] as const)(
    'on a wide screen: sections in two dimensions, in reading order, the whole fitting 1280 × 630 with text of 8 px or more (%s)',
    async (direction) => {
      const layout = await lay(pythonGraph, 'wide', direction);
      const zoom = Math.min(1280 / layout.width, 630 / layout.height);
      // One strip of 1,242 × 2,287 px gave 3.8 px.
      expect(TOPIC_TEXT * zoom).toBeGreaterThanOrEqual(8);
      const sections = sectionsOf(pythonGraph, layout);
      const top = Math.min(...sections.map((box) => box.y));
      expect(new Set(sections.map((box) => box.x)).size).toBeGreaterThan(1);
      expect(new Set(sections.map((box) => box.y)).size).toBeGreaterThan(1);
      // Flowing down, each section is below the one before or tops the next column to the right;
      // flowing right, it is right of the one before or starts the next row below.
      for (let i = 1; i < sections.length; i += 1) {
        const before = sections[i - 1] as LayoutBox;
        const after = sections[i] as LayoutBox;
        const next =
          direction === 'DOWN'
            ? after.y >= before.y + before.height || (after.x >= before.x + before.width && after.y === top)
            : after.x >= before.x + before.width || (after.y >= before.y + before.height && after.x <= before.x);
        expect(next, `${before.id} → ${after.id}`).toBe(true);
      }
      expect(blockedArrows(pythonGraph, layout)).toEqual([]);
      expect(layoutViolations(pythonGraph, layout)).toEqual([]);
    },
  );
});

describe('any roadmap at each width', () => {
  const graph = buildGraph(syntheticRoadmap(300, 5));

  it.each(['DOWN', 'RIGHT'] as const)('stays within the phone and column widths (%s)', async (direction) => {
    for (const widthClass of ['phone', 'column'] as const) {
      const layout = await lay(graph, widthClass, direction);
      expect(layout.width, widthClass).toBeLessThanOrEqual(WIDTH_CLASSES[widthClass].width);
      expect(blockedArrows(graph, layout), widthClass).toEqual([]);
    }
  });

  it.each(['DOWN', 'RIGHT'] as const)('shapes a wide layout like a landscape screen (%s)', async (direction) => {
    const layout = await lay(graph, 'wide', direction);
    const ratio = layout.width / layout.height;
    expect(ratio).toBeGreaterThan(1.2);
    expect(ratio).toBeLessThan(3.5);
    expect(blockedArrows(graph, layout)).toEqual([]);
  });

  it('flows down in a column when a chain of prerequisites is too long to flow right in 720 px', async () => {
    const chain: Topic[] = Array.from({ length: 6 }, (_, i) => ({ id: `step-${i}`, title: `Step ${i}`, ...(i ? { requires: [`step-${i - 1}`] } : {}) }));
    const roadmap: Roadmap = { id: 'chain', title: 'Chain', sections: [{ id: 'only', title: 'Only', topics: chain }] };
    const layout = await lay(buildGraph(roadmap), 'column', 'RIGHT');
    expect(layout.direction).toBe('DOWN');
    expect(layout.width).toBeLessThanOrEqual(720);
  });
});
