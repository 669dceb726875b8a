import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { capRoute } from '../src/layout/capRoute.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { toBakedLayout } from '../src/layout/toBakedLayout.js';
import { withBakedLayout } from '../src/layout/withBakedLayout.js';
import { LIMITS } from '../src/schema/limits.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { syntheticRoadmap } from './support/syntheticRoadmap.js';

describe('capRoute', () => {
  const zigzag = Array.from({ length: 100 }, (_, i) => ({ x: 10 + (i % 2) * 20, y: 5 + Math.floor(i / 2) * 4 }));

  it('keeps a route within the limit as it is', () => {
    const short = zigzag.slice(0, LIMITS.maxRoutePoints);
    expect(capRoute(short, 'DOWN')).toBe(short);
  });

  it('joins the ends of a longer route with one jog halfway along the flow', () => {
    expect(capRoute(zigzag, 'DOWN')).toEqual([{ x: 10, y: 5 }, { x: 10, y: 103 }, { x: 30, y: 103 }, { x: 30, y: 201 }]);
    expect(capRoute(zigzag, 'RIGHT')).toEqual([{ x: 10, y: 5 }, { x: 20, y: 5 }, { x: 20, y: 201 }, { x: 30, y: 201 }]);
  });

  it('keeps a layout that ELK routed with a 68-point edge within what a baked layout may hold', async () => {
    // The 2,000-topic benchmark roadmap, whose wide layout had one such edge: refused by validate.
    const roadmap = syntheticRoadmap(2000, 1);
    const layout = await layoutRoadmap(buildGraph(roadmap), { engine: createElkEngine(), widthClass: 'wide' });
    expect(Math.max(...layout.edges.map((edge) => edge.points.length))).toBeLessThanOrEqual(LIMITS.maxRoutePoints);
    const parsed = parseRoadmap(withBakedLayout(roadmap, toBakedLayout(roadmap, [layout])));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  }, 120_000);
});
