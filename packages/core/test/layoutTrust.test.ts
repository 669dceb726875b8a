import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { checkBakedLayout } from '../src/layout/checkBakedLayout.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutAllWidths } from '../src/layout/layoutAllWidths.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { withBakedLayout } from '../src/layout/withBakedLayout.js';
import { LIMITS } from '../src/schema/limits.js';
import { bakedViewSchema, roadmapLayoutSchema, type BakedLayout, type BakedView, type Roadmap } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import type { ValidationError } from '../src/validate/types.js';
import { smallRoadmap } from './support/smallRoadmap.js';

// A baked layout travels in the file; anyone can edit the geometry and keep the hash. These
// tests break a good layout in each way a renderer would suffer from and check that parsing says
// where and which limit, instead of a blank map or a frozen page.

const engine = createElkEngine();
const good = withBakedLayout(smallRoadmap(), await layoutAllWidths(buildGraph(smallRoadmap()), { engine }));

function broken(edit: (layout: BakedLayout, wide: BakedView) => void): ValidationError[] {
  const roadmap = structuredClone(good);
  const layout = roadmap.layout as BakedLayout;
  edit(layout, layout.views.wide as BakedView);
  const result = parseRoadmap(JSON.parse(JSON.stringify(roadmap)));
  return result.ok ? [] : result.errors;
}

const messages = (errors: ValidationError[]) => errors.map((error) => `${error.path}: ${error.message}`);

describe('a baked layout is checked beyond its hash', () => {
  it('accepts the layout as computed', () => {
    expect(parseRoadmap(JSON.parse(JSON.stringify(good))).ok).toBe(true);
    expect(checkBakedLayout(good).status).toBe('fresh');
  });

  it('names the edge and the limit when a route has too many points', () => {
    const errors = broken((_, wide) => {
      wide.edges[1]![3] = Array.from({ length: 2 * (LIMITS.maxRoutePoints + 1) }, (_, i) => (i % 2 ? 10 : i));
    });
    expect(messages(errors)).toEqual([`layout.views.wide.edges[1][3]: more than ${LIMITS.maxRoutePoints} points (limit maxRoutePoints)`]);
  });

  it('refuses thousands of copies of one edge with a short report (30,000 copies blocked the page for seconds)', () => {
    const errors = broken((_, wide) => {
      const edge = wide.edges[0]!;
      wide.edges = Array.from({ length: 30_000 }, () => edge);
    });
    expect(errors.length).toBeLessThanOrEqual(20);
    expect(messages(errors)[0]).toMatch(/^layout\.views\.wide\.edges\[1\]: a second edge from box \d+ to box \d+$/);
  });

  it('refuses more edges than maxLayoutEdges, and more route points in all than maxLayoutPoints', () => {
    const view = structuredClone(good.layout as BakedLayout).views.wide as BakedView;
    const many = { ...view, edges: Array.from({ length: LIMITS.maxLayoutEdges + 1 }, (_, i) => [0, i + 1, 'requires', [0, 0, 1, 1]]) };
    const tooMany = bakedViewSchema.safeParse(many);
    expect(tooMany.error?.issues.map((issue) => issue.message)).toContain(`more than ${LIMITS.maxLayoutEdges} edges (limit maxLayoutEdges)`);
    // Each route at the limit of points, enough of them to pass the total.
    const route = Array.from({ length: 2 * LIMITS.maxRoutePoints }, (_, i) => i % 7);
    const count = Math.ceil(LIMITS.maxLayoutPoints / LIMITS.maxRoutePoints) + 1;
    const boxes = Array.from({ length: count + 1 }, (): [number, number, number, number] => [0, 0, 10, 10]);
    const dense = { ...view, boxes, edges: Array.from({ length: count }, (_, i) => [0, i + 1, 'requires', route]) };
    const total = bakedViewSchema.safeParse(dense);
    expect(total.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      `edges: more than ${LIMITS.maxLayoutPoints} route points in all (limit maxLayoutPoints)`,
    ]);
  });

  it('requires coordinates within the extent a layout can have', () => {
    expect(messages(broken((_, wide) => void (wide.boxes[2]![0] = -40)))).toEqual([
      `layout.views.wide.boxes[2][0]: must be between 0 and ${LIMITS.maxLayoutExtent} (limit maxLayoutExtent)`,
    ]);
    expect(messages(broken((_, wide) => void (wide.edges[0]![3][1] = 1e12)))).toEqual([
      `layout.views.wide.edges[0][3][1]: must be between 0 and ${LIMITS.maxLayoutExtent} (limit maxLayoutExtent)`,
    ]);
    // Not finite: only an object passed by a host can hold these; JSON cannot.
    const roadmap = structuredClone(good);
    (roadmap.layout as BakedLayout).views.phone!.boxes[0]![1] = Number.NaN;
    (roadmap.layout as BakedLayout).views.phone!.width = Number.POSITIVE_INFINITY;
    const result = parseRoadmap(roadmap);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['layout.views.phone.width', 'layout.views.phone.boxes[0][1]']);
  });

  it('requires every box and route inside the declared size, and every box bigger than nothing', () => {
    expect(messages(broken((_, wide) => void (wide.boxes[3]![0] = wide.width)))).toEqual([
      expect.stringMatching(/^layout\.views\.wide\.boxes\[3\]: box lies outside the layout's [\d.]+ × [\d.]+ px$/),
    ]);
    expect(messages(broken((_, wide) => void (wide.edges[0]![3][0] = wide.width + 5)))).toEqual([
      expect.stringMatching(/^layout\.views\.wide\.edges\[0\]\[3\]\[0\]: point lies outside the layout's/),
    ]);
    const zeros = broken((layout) => {
      for (const box of layout.views.column!.boxes) {
        box[2] = 0;
        box[3] = 0;
      }
    });
    expect(zeros.length).toBeGreaterThan(0);
    expect(messages(zeros)[0]).toBe('layout.views.column.boxes[0][2]: must be more than 0');
  });

  it('requires every edge between two different boxes of the layout, and whole points', () => {
    expect(messages(broken((_, wide) => void (wide.edges[0]![1] = wide.boxes.length)))).toEqual([
      `layout.views.wide.edges[0][1]: refers to box ${good.layout && (good.layout as BakedLayout).views.wide!.boxes.length}, but there are ${(good.layout as BakedLayout).views.wide!.boxes.length}`,
    ]);
    expect(messages(broken((_, wide) => void (wide.edges[0]![1] = wide.edges[0]![0])))).toEqual([
      'layout.views.wide.edges[0]: starts and ends at the same box',
    ]);
    expect(messages(broken((_, wide) => void wide.edges[0]![3].push(7)))).toEqual([
      'layout.views.wide.edges[0][3]: must list x and y of each point: an even count of numbers',
    ]);
  });

  it('explains a layout version it does not know, and an empty set of views', () => {
    expect(messages(broken((layout) => void ((layout as { version: number }).version = 3)))).toEqual([
      'layout.version: unknown layout version: this reader draws version 2 (and treats 1 as stale); run `roadmap-graph layout` again',
    ]);
    expect(messages(broken((layout) => void (layout.views = {})))).toEqual(['layout.views: must hold the layout of at least one width class']);
  });
});

describe('a layout of one class passed in by a host is checked too', () => {
  it('refuses duplicate boxes, edges between unknown boxes and geometry outside its size', async () => {
    const layout = await layoutRoadmap(buildGraph(smallRoadmap()), { engine, widthClass: 'column' });
    expect(roadmapLayoutSchema.safeParse(layout).success).toBe(true);
    const bad = structuredClone(layout);
    bad.nodes.push({ ...bad.nodes[0]! });
    bad.edges[0]!.target = 'ghost';
    bad.nodes[1]!.x = bad.width;
    const issues = roadmapLayoutSchema.safeParse(bad).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([
      expect.stringMatching(/^nodes\.1: box "\w+" lies outside the layout's/),
      'nodes.17.id: box "basics" appears more than once',
      'edges.0.target: "ghost" has no box in this layout',
    ]);
  });
});

// The roadmap used above is small on purpose; this keeps the fixture honest.
const _typed: Roadmap = good;
void _typed;
