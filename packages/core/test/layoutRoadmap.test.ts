import { describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import type { RoadmapGraph } from '../src/graph/types.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { estimateTextWidth } from '../src/layout/estimateTextWidth.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { LAYOUT_DEFAULTS } from '../src/layout/resolveLayoutStyle.js';
import { roadmapContentHash } from '../src/layout/roadmapContentHash.js';
import type { LayoutEngine, LayoutOptions } from '../src/layout/types.js';
import { wrapText } from '../src/layout/wrapText.js';
import { roadmapLayoutSchema, type LayoutBox, type Roadmap, type RoadmapLayout, type Topic } from '../src/schema/roadmapSchema.js';
import { layoutViolations } from './support/layoutViolations.js';
import { smallRoadmap } from './support/smallRoadmap.js';

const engine = createElkEngine();
const lay = (roadmap: Roadmap, options: Partial<LayoutOptions> = {}) =>
  layoutRoadmap(buildGraph(roadmap), { engine, ...options });
const boxesOf = (layout: RoadmapLayout) => new Map(layout.nodes.map((box) => [box.id, box]));
const oneSection = (topics: Topic[], title = 'Only section'): Roadmap => ({
  id: 'one',
  title: 'One section',
  sections: [{ id: 'only', title, topics }],
});
// Every fourth title wraps onto more lines, so rows hold boxes of different heights.
const numbered = (count: number, prefix = 'topic'): Topic[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i + 1}`,
    title: i % 4 === 1 ? `Topic number ${i + 1} with a title long enough to wrap onto three lines` : `Topic number ${i + 1}`,
  }));

describe('layoutRoadmap', () => {
  it.each(['DOWN', 'RIGHT'] as const)(
    'boxes every section and topic and routes every drawn edge from border to border (%s)',
    async (direction) => {
      const graph = buildGraph(smallRoadmap());
      const layout = await layoutRoadmap(graph, { engine, direction });
      expect(layoutViolations(graph, layout)).toEqual([]);
      expect(layout.nodes.map((box) => box.id)).toEqual([...graph.nodes.keys()]);
      expect(layout.edges.map((edge) => edge.id)).toEqual(graph.drawnEdges.map((edge) => edge.id));
      expect(layout.direction).toBe(direction);
      expect(() => roadmapLayoutSchema.parse(layout)).not.toThrow();
    },
  );

  it.each(['DOWN', 'RIGHT'] as const)('puts each section after the one before it along the direction, in a column (%s)', async (direction) => {
    const layout = await lay(smallRoadmap(), { direction, widthClass: 'column' });
    const boxes = boxesOf(layout);
    const sequence = layout.edges.filter((edge) => edge.kind === 'sequence');
    expect(sequence.map((edge) => edge.target)).toEqual(['http', 'framework', 'deploy']);
    for (const edge of sequence) {
      const before = boxes.get(edge.source) as LayoutBox;
      const after = boxes.get(edge.target) as LayoutBox;
      // Flowing right, the next section is further right on the same row, or on a row below.
      const below = after.y >= before.y + before.height;
      const right = after.x >= before.x + before.width && after.y < before.y + before.height;
      expect(direction === 'DOWN' ? below : below || right).toBe(true);
    }
  });

  it('wraps 30 independent topics of a section into rows as wide as the column, read in document order', async () => {
    const layout = await lay(oneSection(numbered(30)), { widthClass: 'column' });
    const boxes = boxesOf(layout);
    const section = boxes.get('only') as LayoutBox;
    expect(section.width).toBeLessThanOrEqual(720);
    const topics = numbered(30).map((topic) => boxes.get(topic.id) as LayoutBox);
    // Rows are flush at the top, whatever the heights of their boxes: three of 216 px fit 720 px.
    const rows = [...new Set(topics.map((box) => box.y))];
    expect(rows).toHaveLength(10);
    // Reading row by row, left to right, gives the document order.
    const reading = [...topics].sort((a, b) => a.y - b.y || a.x - b.x).map((box) => box.id);
    expect(reading).toEqual(numbered(30).map((topic) => topic.id));
  });

  it('wraps the other way round when the roadmap flows to the right', async () => {
    const layout = await lay(oneSection(numbered(30)), { direction: 'RIGHT', widthClass: 'column' });
    expect(layout.direction).toBe('RIGHT');
    const section = boxesOf(layout).get('only') as LayoutBox;
    expect(section.width).toBeLessThanOrEqual(720);
    const columns = new Set(numbered(30).map((topic) => boxesOf(layout).get(topic.id)?.x));
    expect(columns.size).toBe(3);
  });

  it('puts a topic after the topics of its section that it requires', async () => {
    const topics: Topic[] = [
      ...numbered(6),
      { id: 'needs-one', title: 'Needs one', requires: ['topic-1'] },
      { id: 'needs-both', title: 'Needs both', requires: ['needs-one', 'topic-6'] },
    ];
    const boxes = boxesOf(await lay(oneSection(topics)));
    const bottom = (id: string) => (boxes.get(id) as LayoutBox).y + (boxes.get(id) as LayoutBox).height;
    expect((boxes.get('needs-one') as LayoutBox).y).toBeGreaterThan(bottom('topic-1'));
    expect((boxes.get('needs-both') as LayoutBox).y).toBeGreaterThan(bottom('needs-one'));
    expect((boxes.get('needs-both') as LayoutBox).y).toBeGreaterThan(bottom('topic-6'));
  });

  it('sizes topic boxes from their titles, wrapping long titles within the width limits', async () => {
    const long = 'Asynchronous programming with asyncio, trio and the structured concurrency they share';
    const word = 'x'.repeat(200);
    const boxes = boxesOf(
      await lay(oneSection([{ id: 'short', title: 'Git' }, { id: 'long', title: long }, { id: 'word', title: word }])),
    );
    const short = boxes.get('short') as LayoutBox;
    const wrapped = boxes.get('long') as LayoutBox;
    expect(short.width).toBe(LAYOUT_DEFAULTS.minTopicWidth);
    expect(wrapped.width).toBeLessThanOrEqual(LAYOUT_DEFAULTS.maxTopicWidth);
    // At least two more lines of title than a one-line box, the detail line under both.
    const lineBox = LAYOUT_DEFAULTS.topicFont.size * LAYOUT_DEFAULTS.lineHeight;
    expect(wrapped.height - short.height).toBeGreaterThanOrEqual(2 * lineBox);
    // A word too long for one line is broken between characters: the box stays at the limit.
    const broken = boxes.get('word') as LayoutBox;
    expect(broken.width).toBeLessThanOrEqual(LAYOUT_DEFAULTS.maxTopicWidth);
    expect(broken.width).toBeGreaterThan(LAYOUT_DEFAULTS.maxTopicWidth - 20);
    expect(broken.height).toBeGreaterThan(wrapped.height);
  });

  it.each(['DOWN', 'RIGHT'] as const)(
    'leaves room for the titles of sections and of topics with subtopics (%s)',
    async (direction) => {
      const title = 'Concurrency in depth: threads, processes and event loops';
      const roadmap = oneSection([{ id: 'group', title, topics: [{ id: 'tiny', title: 'GIL' }] }], title);
      const boxes = boxesOf(await lay(roadmap, { direction }));
      const font = LAYOUT_DEFAULTS.topicFont;
      const pad = LAYOUT_DEFAULTS.topicPadding;
      const group = boxes.get('group') as LayoutBox;
      const tiny = boxes.get('tiny') as LayoutBox;
      const lines = wrapText(title, LAYOUT_DEFAULTS.maxTopicWidth - 2 * pad.x, estimateTextWidth, font);
      // Wide enough for the wrapped title (elkjs swaps minimum sizes of nested nodes when flowing DOWN).
      expect(group.width).toBeGreaterThanOrEqual(lines.width + 2 * pad.x);
      expect(tiny.y - group.y).toBeGreaterThanOrEqual(lines.lines.length * font.size * LAYOUT_DEFAULTS.lineHeight + pad.y);
      const section = boxes.get('only') as LayoutBox;
      expect(group.y - section.y).toBeGreaterThanOrEqual(LAYOUT_DEFAULTS.sectionFont.size * LAYOUT_DEFAULTS.lineHeight);
    },
  );

  it('measures titles with the given measureText', async () => {
    const measureText = vi.fn((text: string, font: { size: number; weight: number }) => 2 * estimateTextWidth(text, font));
    const normal = boxesOf(await lay(oneSection([{ id: 'a', title: 'Packaging' }])));
    const wide = boxesOf(await lay(oneSection([{ id: 'a', title: 'Packaging' }]), { measureText }));
    expect(measureText).toHaveBeenCalledWith('Packaging', LAYOUT_DEFAULTS.topicFont);
    expect((wide.get('a') as LayoutBox).width).toBeGreaterThan((normal.get('a') as LayoutBox).width);
  });

  it('rounds every number to half a pixel and records the content hash and width class', async () => {
    const roadmap = smallRoadmap();
    const layout = await lay(roadmap);
    const numbers = [
      layout.width,
      layout.height,
      ...layout.nodes.flatMap((b) => [b.x, b.y, b.width, b.height]),
      ...layout.edges.flatMap((e) => e.points.flatMap((p) => [p.x, p.y])),
    ];
    for (const value of numbers) expect(Number.isInteger(value * 2)).toBe(true);
    expect(layout).toMatchObject({ version: 2, hash: roadmapContentHash(roadmap), direction: 'DOWN', widthClass: 'wide' });
  });

  it('explains bad options and graphs instead of crashing', async () => {
    const graph = buildGraph(smallRoadmap());
    await expect(layoutRoadmap(graph, {} as LayoutOptions)).rejects.toThrow(/options\.engine is required/);
    await expect(layoutRoadmap(smallRoadmap() as unknown as RoadmapGraph, { engine })).rejects.toThrow(/buildGraph\(roadmap\)/);
    await expect(layoutRoadmap(graph, { engine, topicPadding: '12px' as unknown as { x: number; y: number } })).rejects.toThrow(
      /topicPadding must be an object/,
    );
    await expect(layoutRoadmap(graph, { engine, direction: 'UP' as 'DOWN' })).rejects.toThrow(/options\.direction/);
    const crowded: RoadmapGraph = {
      ...graph,
      drawnEdges: Array.from({ length: 50_001 }, (_, i) => ({ id: `requires:a->b${i}`, kind: 'requires', source: 'a', target: `b${i}` })),
    };
    await expect(layoutRoadmap(crowded, { engine })).rejects.toThrow(
      'layoutRoadmap: the roadmap has 50001 prerequisite arrows to draw, more than 50000 (limit maxLayoutEdges)',
    );
    await expect(layoutRoadmap(graph, { engine, widthClass: 'tablet' as 'wide' })).rejects.toThrow(
      /options\.widthClass must be 'phone', 'column' or 'wide', got tablet/,
    );
    await expect(layoutRoadmap(graph, { engine, maxTopicWidth: 50 })).rejects.toThrow(/maxTopicWidth/);
    await expect(layoutRoadmap(graph, { engine, nodeSpacing: Number.NaN })).rejects.toThrow(/nodeSpacing/);
    const broken: RoadmapGraph = {
      ...graph,
      drawnEdges: [...graph.drawnEdges, { id: 'requires:ghost->rest', kind: 'requires', source: 'ghost', target: 'rest' }],
    };
    await expect(layoutRoadmap(broken, { engine })).rejects.toThrow(/refers to unknown node "ghost"/);
  });

  it('stops before calling the engine when the signal is already aborted', async () => {
    const spy: LayoutEngine = { layout: vi.fn(engine.layout) };
    const controller = new AbortController();
    controller.abort();
    await expect(lay(smallRoadmap(), { engine: spy, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(spy.layout).not.toHaveBeenCalled();
  });

  it('passes on a failure of the engine', async () => {
    const failing: LayoutEngine = { layout: () => Promise.reject(new Error('ELK layout failed: out of memory')) };
    await expect(lay(smallRoadmap(), { engine: failing })).rejects.toThrow('ELK layout failed: out of memory');
  });

  it('routes an edge from a section into one of its own topics', async () => {
    const graph = buildGraph(smallRoadmap());
    const inward: RoadmapGraph = {
      ...graph,
      drawnEdges: [...graph.drawnEdges, { id: 'requires:basics->trivia', kind: 'requires', source: 'basics', target: 'trivia' }],
    };
    const layout = await layoutRoadmap(inward, { engine });
    expect(layoutViolations(inward, layout)).toEqual([]);
  });
});
