import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { bakedLayoutFor } from '../src/layout/bakedLayoutFor.js';
import { checkBakedLayout } from '../src/layout/checkBakedLayout.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutAllWidths } from '../src/layout/layoutAllWidths.js';
import { WIDTH_CLASS_NAMES } from '../src/layout/widthClasses.js';
import { withBakedLayout } from '../src/layout/withBakedLayout.js';
import { roadmapLayoutSchema } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { arbitraryRoadmap } from './support/arbitraryRoadmap.js';
import { smallRoadmap } from './support/smallRoadmap.js';

/** The key an error path starts at (`sections` in `sections[2].title`), `''` for the whole file. */
function rootKeyOf(path: string): string {
  const identifier = /^[A-Za-z_$][\w$]*/.exec(path);
  if (identifier) return identifier[0];
  const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(path);
  if (quoted) return JSON.parse(quoted[1]!) as string;
  expect(path, 'a path starts with a key or is empty').toBe('');
  return '';
}

/** Whether `text` is JSON for an object; its keys if so. */
function objectKeys(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : undefined;
  } catch {
    return undefined;
  }
}

describe('properties of valid roadmaps', () => {
  it('parse, and build an acyclic graph whose order puts every prerequisite first', () => {
    fc.assert(
      fc.property(arbitraryRoadmap, (roadmap) => {
        const parsed = parseRoadmap(roadmap);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
        const graph = buildGraph(parsed.roadmap);
        const rank = new Map(graph.order.map((id, i) => [id, i]));
        expect(rank.size).toBe(graph.nodes.size);
        for (const edge of graph.edges) expect(rank.get(edge.source)!).toBeLessThan(rank.get(edge.target)!);
        const declared = new Set(graph.edges.map((e) => e.id));
        for (const edge of graph.drawnEdges) expect(declared.has(edge.id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('properties of bad input', () => {
  it('never throws on arbitrary values and always explains with paths', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true }), (junk) => {
        const result = parseRoadmap(junk);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(typeof e.path).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated valid files, and points each error at a real place', () => {
    const base = JSON.stringify(smallRoadmap());
    const mutation = fc.record({ at: fc.nat(), cut: fc.nat({ max: 20 }), insert: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = base;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          text = text.slice(0, at) + m.insert + text.slice(at + m.cut);
        }
        const result = parseRoadmap(text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          // A real place: a key the file has, or a required one it lacks.
          const keys = objectKeys(text);
          for (const e of result.errors) {
            const root = rootKeyOf(e.path);
            if (keys && root) expect([...keys, 'id', 'title', 'sections']).toContain(root);
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on structurally mutated roadmaps', () => {
    const paths = fc.array(fc.oneof(fc.nat({ max: 5 }), fc.constantFrom('sections', 'topics', 'requires', 'resources', 'id', 'url', 'choice')), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(paths, fc.anything(), (path, value) => {
        const roadmap = structuredClone(smallRoadmap()) as unknown as Record<PropertyKey, unknown>;
        let at: any = roadmap;
        for (const key of path.slice(0, -1)) {
          if (at === null || typeof at !== 'object' || !(key in at)) break;
          at = at[key];
        }
        if (at !== null && typeof at === 'object') at[path[path.length - 1]!] = value;
        expect(() => parseRoadmap(roadmap)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('properties of baked layouts', () => {
  it('a tampered layout is refused with paths, or reads as stale, or draws as a checked layout: never a crash or a blank map', async () => {
    const roadmap = smallRoadmap();
    const baked = withBakedLayout(roadmap, await layoutAllWidths(buildGraph(roadmap), { engine: createElkEngine() }));
    // Paths into the layout block: views, then boxes or edges, then positions inside them.
    const path = fc.array(fc.oneof(fc.nat({ max: 20 }), fc.constantFrom('views', 'phone', 'column', 'wide', 'boxes', 'edges', 'width', 'height', 'hash', 'version')), {
      minLength: 1,
      maxLength: 6,
    });
    const value = fc.oneof(fc.double(), fc.integer(), fc.constant(0), fc.constant(-1), fc.constant(1e9), fc.anything());
    fc.assert(
      fc.property(fc.array(fc.tuple(path, value), { minLength: 1, maxLength: 4 }), (edits) => {
        const copy = structuredClone(baked) as unknown as { layout: Record<PropertyKey, unknown> };
        for (const [keys, replacement] of edits) {
          let at: any = copy.layout;
          for (const key of keys.slice(0, -1)) {
            if (at === null || typeof at !== 'object' || !(key in at)) break;
            at = at[key];
          }
          if (at !== null && typeof at === 'object') at[keys[keys.length - 1]!] = replacement;
        }
        const parsed = parseRoadmap(copy);
        if (!parsed.ok) {
          for (const error of parsed.errors) expect(error.path).toMatch(/^layout/);
          return;
        }
        expect(() => checkBakedLayout(parsed.roadmap)).not.toThrow();
        for (const widthClass of WIDTH_CLASS_NAMES) {
          const layout = bakedLayoutFor(parsed.roadmap, widthClass);
          if (layout === undefined) continue;
          // What a renderer gets is a layout that passes every check on one: boxes inside, sizes positive.
          expect(roadmapLayoutSchema.safeParse(layout).success, widthClass).toBe(true);
          expect(layout.nodes.length).toBe(buildGraph(parsed.roadmap).nodes.size);
        }
      }),
      { numRuns: 300 },
    );
  });
});
