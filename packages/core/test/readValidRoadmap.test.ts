import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/schema/limits.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { readValidRoadmap } from '../src/validate/readValidRoadmap.js';
import { arbitraryRoadmap } from './support/arbitraryRoadmap.js';

// readValidRoadmap is parseRoadmap without zod: for data in its parsed form (as a file gives it)
// it must accept exactly what parseRoadmap accepts, and give the same roadmap.

const text = readFileSync(new URL('../../../data/python-backend.roadmap.json', import.meta.url), 'utf8');
const python = JSON.parse(text) as { sections: { id: string; topics: { id: string; requires?: string[] }[] }[] };

function expectParseRoadmapsAnswer(data: unknown): void {
  const parsed = parseRoadmap(data);
  const read = readValidRoadmap(data);
  expect(read !== undefined).toBe(parsed.ok);
  if (parsed.ok) expect(JSON.stringify(read)).toBe(JSON.stringify(parsed.roadmap));
}

describe('readValidRoadmap', () => {
  it("gives parseRoadmap's roadmap for the Python roadmap, as data and as JSON text", () => {
    const expected = JSON.stringify((parseRoadmap(python) as { roadmap: unknown }).roadmap);
    expect(JSON.stringify(readValidRoadmap(python))).toBe(expected);
    expect(JSON.stringify(readValidRoadmap(text))).toBe(expected);
  });

  it('refuses what parseRoadmap refuses: unknown prerequisites, cycles, a repeated id, too many sections, broken JSON', () => {
    const withRequires = (requires: string[]) => {
      const copy = structuredClone(python);
      copy.sections[1]!.topics[0]!.requires = requires;
      return copy;
    };
    const first = python.sections[0]!.topics[0]!.id;
    const later = python.sections[1]!.topics[0]!.id;
    const cycle = withRequires([first]);
    cycle.sections[0]!.topics[0]!.requires = [later];
    const repeated = structuredClone(python);
    repeated.sections[1]!.topics[0]!.id = first;
    const crowded = { ...python, sections: Array.from({ length: LIMITS.maxSections + 1 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, topics: [] })) };
    for (const data of [withRequires(['flask-orm']), cycle, repeated, crowded, '{"id": "x",']) {
      expect(parseRoadmap(data).ok).toBe(false);
      expect(readValidRoadmap(data)).toBeUndefined();
    }
  });

  it('leaves a roadmap zod would trim to parseRoadmap', () => {
    const padded = { ...python, title: ' Padded ' };
    expect(parseRoadmap(padded).ok).toBe(true);
    expect(readValidRoadmap(padded)).toBeUndefined();
  });

  it('accepts exactly what parseRoadmap accepts, for generated roadmaps with prerequisites rewired at random', () => {
    fc.assert(
      fc.property(arbitraryRoadmap, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 }), (roadmap, rewires) => {
        const data = JSON.parse(JSON.stringify(roadmap)) as { sections: { id: string; title: string; topics?: unknown[] }[] };
        const nodes: { id: string; title: string; requires?: string[]; topics?: unknown[] }[] = [];
        const walk = (list: unknown[] | undefined) =>
          (list ?? []).forEach((node) => {
            nodes.push(node as (typeof nodes)[number]);
            walk((node as { topics?: unknown[] }).topics);
          });
        walk(data.sections);
        for (const [from, to, unknown] of rewires) {
          // Forwards or backwards (a cycle, maybe), or to an id that does not exist.
          nodes[from % nodes.length]!.requires = [unknown ? 'no-such-topic' : nodes[to % nodes.length]!.id];
        }
        // Titles with spaces around them are trimmed by zod: data in its parsed form only.
        for (const node of nodes) node.title = node.title.trim() || 'Untitled';
        expectParseRoadmapsAnswer(data);
      }),
    );
  });
});
