import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { canonicalJson } from '../src/layout/canonicalJson.js';
import { checkBakedLayout } from '../src/layout/checkBakedLayout.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { fnv1a64 } from '../src/layout/fnv1a64.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { roadmapContentHash } from '../src/layout/roadmapContentHash.js';
import { withBakedLayout } from '../src/layout/withBakedLayout.js';
import { roadmapSchema, type Roadmap, type RoadmapLayout } from '../src/schema/roadmapSchema.js';
import { smallRoadmap } from './support/smallRoadmap.js';

const reversedKeys = <T>(value: T): T =>
  JSON.parse(
    JSON.stringify(value, (_, inner: unknown) =>
      inner === null || typeof inner !== 'object' || Array.isArray(inner) ? inner : Object.fromEntries(Object.entries(inner).reverse()),
    ),
  ) as T;

async function baked(roadmap: Roadmap = smallRoadmap()): Promise<{ roadmap: Roadmap; layout: RoadmapLayout }> {
  const layout = await layoutRoadmap(buildGraph(roadmap), { engine: createElkEngine() });
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

describe('withBakedLayout and checkBakedLayout', () => {
  it('bake the layout last, in the documented key order, into a valid roadmap', async () => {
    const roadmap = { ...reversedKeys(smallRoadmap()), $schema: './roadmap.schema.json', description: 'Learn the web' };
    const { roadmap: result, layout } = await baked(roadmap);
    expect(Object.keys(result)).toEqual(['$schema', 'id', 'title', 'description', 'sections', 'layout']);
    expect(result.layout).toBe(layout);
    expect(roadmap.layout).toBeUndefined();
    expect(Object.keys(withBakedLayout(smallRoadmap(), layout))).toEqual(['id', 'title', 'sections', 'layout']);
    expect(roadmapSchema.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
  });

  it('report missing, fresh and stale layouts', async () => {
    expect(checkBakedLayout(smallRoadmap())).toEqual({ status: 'missing' });
    const { roadmap, layout } = await baked();
    expect(checkBakedLayout(roadmap)).toEqual({ status: 'fresh', layout });
    // Reformatting the file (key order) keeps it fresh.
    expect(checkBakedLayout(reversedKeys(roadmap)).status).toBe('fresh');

    const edited = structuredClone(roadmap);
    edited.sections[1]!.topics.push({ id: 'graphql', title: 'GraphQL' });
    expect(checkBakedLayout(edited)).toEqual({ status: 'stale', layout: edited.layout });
  });

  it('call a layout stale when a node has no box, even if the hash matches', async () => {
    const { roadmap } = await baked();
    const trimmed = structuredClone(roadmap);
    trimmed.layout!.nodes = trimmed.layout!.nodes.filter((box) => box.id !== 'drf');
    expect(checkBakedLayout(trimmed).status).toBe('stale');
  });
});
