import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { bakedLayoutFor } from '../src/layout/bakedLayoutFor.js';
import { canonicalJson } from '../src/layout/canonicalJson.js';
import { checkBakedLayout } from '../src/layout/checkBakedLayout.js';
import { checkLayout } from '../src/layout/checkLayout.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { fnv1a64 } from '../src/layout/fnv1a64.js';
import { layoutAllWidths } from '../src/layout/layoutAllWidths.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { roadmapContentHash } from '../src/layout/roadmapContentHash.js';
import { stringifyRoadmap } from '../src/layout/stringifyRoadmap.js';
import type { LayoutDirection } from '../src/layout/types.js';
import { WIDTH_CLASS_NAMES } from '../src/layout/widthClasses.js';
import { withBakedLayout } from '../src/layout/withBakedLayout.js';
import type { BakedLayout, Roadmap } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { smallRoadmap } from './support/smallRoadmap.js';

const engine = createElkEngine();
const reversedKeys = <T>(value: T): T =>
  JSON.parse(
    JSON.stringify(value, (_, inner: unknown) =>
      inner === null || typeof inner !== 'object' || Array.isArray(inner) ? inner : Object.fromEntries(Object.entries(inner).reverse()),
    ),
  ) as T;

async function baked(roadmap: Roadmap = smallRoadmap(), direction: LayoutDirection = 'DOWN'): Promise<{ roadmap: Roadmap; layout: BakedLayout }> {
  const layout = await layoutAllWidths(buildGraph(roadmap), { engine, direction });
  return { roadmap: withBakedLayout(roadmap, layout), layout };
}

describe('fnv1a64 and canonicalJson', () => {
  it('match the published FNV-1a 64 test vectors, over UTF-8', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    expect(fnv1a64('héllo ✓')).toBe('cab09e47690f70e7');
  });

  it('write sorted keys without whitespace and skip undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x', undefined], c: undefined, d: { z: 0, y: -1.5 } })).toBe(
      '{"a":[true,null,"x",null],"b":1,"d":{"y":-1.5,"z":0}}',
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });
});

describe('roadmapContentHash', () => {
  it('is 16 hex digits that ignore key order, layout and $schema', () => {
    const roadmap = smallRoadmap();
    const hash = roadmapContentHash(roadmap);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(roadmapContentHash(reversedKeys(roadmap))).toBe(hash);
    expect(roadmapContentHash({ ...roadmap, $schema: 'https://example.com/roadmap.schema.json' })).toBe(hash);
  });

  it('changes with any content change', () => {
    const hash = roadmapContentHash(smallRoadmap());
    const retitled = smallRoadmap();
    retitled.sections[0]!.topics[0]!.title = 'Syntax!';
    const required = smallRoadmap();
    required.sections[3]!.topics[0]!.requires = ['rest'];
    const reordered = smallRoadmap();
    reordered.sections[0]!.topics.reverse();
    for (const changed of [retitled, required, reordered]) expect(roadmapContentHash(changed)).not.toBe(hash);
  });
});

describe('layoutAllWidths, withBakedLayout and bakedLayoutFor', () => {
  it('bake a layout per width class under one hash, last in the documented key order, into a valid roadmap', async () => {
    const roadmap = { ...reversedKeys(smallRoadmap()), $schema: './roadmap.schema.json', description: 'Learn the web' };
    const { roadmap: result, layout } = await baked(roadmap);
    expect(Object.keys(result)).toEqual(['$schema', 'id', 'title', 'description', 'sections', 'layout']);
    expect(result.layout).toBe(layout);
    expect(roadmap.layout).toBeUndefined();
    expect(layout).toMatchObject({ version: 2, hash: roadmapContentHash(roadmap), direction: 'DOWN' });
    expect(Object.keys(layout.views)).toEqual(['phone', 'column', 'wide']);
    expect(Object.keys(withBakedLayout(smallRoadmap(), layout))).toEqual(['id', 'title', 'sections', 'layout']);
    const parsed = parseRoadmap(JSON.parse(JSON.stringify(result)));
    expect(parsed.ok && parsed.roadmap.layout).toEqual(layout);
  });

  it.each(['DOWN', 'RIGHT'] as const)('give back from the file exactly what layoutRoadmap computes, for every class (%s)', async (direction) => {
    const { roadmap } = await baked(smallRoadmap(), direction);
    const reread = JSON.parse(stringifyRoadmap(roadmap)) as Roadmap;
    const graph = buildGraph(smallRoadmap());
    for (const widthClass of WIDTH_CLASS_NAMES) {
      const fresh = await layoutRoadmap(graph, { engine, direction, widthClass });
      expect(bakedLayoutFor(reread, widthClass), widthClass).toEqual(fresh);
    }
    // A phone always flows down, whatever was asked for.
    expect(bakedLayoutFor(reread, 'phone')?.direction).toBe('DOWN');
  });

  it('lay out only the classes asked for, and refuse an empty list', async () => {
    const layout = await layoutAllWidths(buildGraph(smallRoadmap()), { engine, widthClasses: ['column'] });
    expect(Object.keys(layout.views)).toEqual(['column']);
    const roadmap = withBakedLayout(smallRoadmap(), layout);
    expect(bakedLayoutFor(roadmap, 'column')?.widthClass).toBe('column');
    expect(bakedLayoutFor(roadmap, 'wide')).toBeUndefined();
    await expect(layoutAllWidths(buildGraph(smallRoadmap()), { engine, widthClasses: [] })).rejects.toThrow(/at least one/);
  });

  it('write the content pretty-printed and the layout compactly on one line', async () => {
    const { roadmap } = await baked();
    const text = stringifyRoadmap(roadmap);
    const { layout, ...content } = roadmap;
    expect(text.startsWith(JSON.stringify(content, null, 2).slice(0, -2))).toBe(true);
    const layoutLine = text.split('\n').find((line) => line.startsWith('  "layout": '));
    expect(layoutLine).toBe(`  "layout": ${JSON.stringify(layout)}`);
    expect(JSON.parse(text)).toEqual(roadmap);
    expect(stringifyRoadmap(smallRoadmap())).toBe(`${JSON.stringify(smallRoadmap(), null, 2)}\n`);
  });
});

describe('checkBakedLayout and checkLayout', () => {
  it('report missing, fresh and stale layouts, with the reason', async () => {
    expect(checkBakedLayout(smallRoadmap())).toEqual({ status: 'missing' });
    const { roadmap, layout } = await baked(smallRoadmap(), 'RIGHT');
    expect(checkBakedLayout(roadmap)).toEqual({ status: 'fresh', layout });
    // Reformatting the file (key order) keeps it fresh.
    expect(checkBakedLayout(reversedKeys(roadmap)).status).toBe('fresh');

    const edited = structuredClone(roadmap);
    edited.sections[1]!.topics.push({ id: 'graphql', title: 'GraphQL' });
    expect(checkBakedLayout(edited)).toEqual({
      status: 'stale',
      reason: 'the roadmap changed since its layout was computed; run `roadmap-graph layout` again',
      direction: 'RIGHT',
    });
    expect(bakedLayoutFor(edited, 'wide')).toBeUndefined();
  });

  it('call a layout from an older version stale, with a reason that says what to do', () => {
    const old = { ...smallRoadmap(), layout: { version: 1, hash: roadmapContentHash(smallRoadmap()), direction: 'DOWN', nodes: [], edges: [] } };
    const parsed = parseRoadmap(old);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(checkBakedLayout(parsed.roadmap)).toEqual({
      status: 'stale',
      reason: 'computed by an older version; run `roadmap-graph layout` again',
      direction: 'DOWN',
    });
    expect(bakedLayoutFor(parsed.roadmap, 'wide')).toBeUndefined();
  });

  it('call a layout stale when a class has a box too few or too many, even if the hash matches', async () => {
    const { roadmap } = await baked();
    const trimmed = structuredClone(roadmap);
    (trimmed.layout as BakedLayout).views.column!.boxes.pop();
    expect(checkBakedLayout(trimmed)).toMatchObject({ status: 'stale', reason: expect.stringMatching(/^the column layout has 16 boxes for 17 sections and topics/) });
    expect(bakedLayoutFor(trimmed, 'wide')).toBeUndefined();
  });

  it('tell whether a layout of one class belongs to a roadmap', async () => {
    const roadmap = smallRoadmap();
    const layout = await layoutRoadmap(buildGraph(roadmap), { engine, widthClass: 'phone' });
    expect(checkLayout(roadmap, layout)).toEqual({ status: 'fresh', layout });
    expect(checkLayout({ ...roadmap, title: 'Other' }, layout)).toEqual({ status: 'stale', reason: 'computed for other content' });
    expect(checkLayout(roadmap, { ...layout, nodes: layout.nodes.slice(1) })).toEqual({ status: 'stale', reason: 'has no box for "basics"' });
    expect(checkLayout(roadmap, { ...layout, version: 1 as 2 })).toEqual({ status: 'stale', reason: 'computed by an older version' });
  });
});
