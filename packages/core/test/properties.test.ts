import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { arbitraryRoadmap } from './support/arbitraryRoadmap.js';
import { smallRoadmap } from './support/smallRoadmap.js';

const ROOT_KEYS = /^(|\$schema|id|title|description|sections|layout|__proto__|\[.*)(\b|$)/;

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
          for (const e of result.errors) {
            expect(e.path).toMatch(ROOT_KEYS);
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
