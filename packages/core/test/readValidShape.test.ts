import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bakedViewSchema, layoutSchema } from '../src/schema/layoutSchema.js';
import { resourceSchema, roadmapSchema, sectionSchema, topicSchema } from '../src/schema/roadmapSchema.js';
import { MEMBERS, readValidShape } from '../src/validate/readValidShape.js';
import { arbitraryRoadmap } from './support/arbitraryRoadmap.js';
import { syntheticRoadmap } from './support/syntheticRoadmap.js';

// readValidShape is the fast path of the shape check: when it answers, its answer must be
// zod's, member for member and in zod's order; when in doubt it leaves the data to zod.

const python = JSON.parse(readFileSync(new URL('../../../data/python-backend.roadmap.json', import.meta.url), 'utf8')) as unknown;

/** As a file or a `fetch` gives it: no member present but undefined. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function expectZodsAnswer(data: unknown): void {
  const fast = readValidShape(data);
  if (fast === undefined) return;
  const zod = roadmapSchema.safeParse(data);
  expect(zod.success).toBe(true);
  expect(fast).toEqual(zod.data);
  // In the same order too: what is written back out reads the same.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
}

/** Every place in `value` a mutation can reach: [container, key] pairs, depth first. */
function places(value: unknown, out: [Record<string | number, unknown>, string | number][] = []): typeof out {
  if (typeof value !== 'object' || value === null) return out;
  const container = value as Record<string | number, unknown>;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    out.push([container, key]);
    places(container[key], out);
  }
  return out;
}

// Values zod refuses somewhere, or accepts somewhere else, or changes (a title with spaces around it).
const JUNK = [undefined, null, '', ' ', ' padded ', 'Not-A-Slug', 'x'.repeat(201), 'javascript:alert(1)', '//host/x', 0, -1, -0, 1.5, 2, 1e12, Number.NaN, Number.POSITIVE_INFINITY, true, [], [0, 0, 1, 1], {}, 'DOWN', 'requires', 'beginner', 'docs'];

const mutation = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JUNK.keys()), fc.constantFrom('set', 'delete', 'add-key', 'shorten', 'lengthen')), { minLength: 1, maxLength: 3 });

function mutate(data: unknown, changes: [number, number, string][]): unknown {
  const copy = structuredClone(data);
  for (const [at, junk, how] of changes) {
    const all = places(copy);
    if (all.length === 0) break;
    const [container, key] = all[at % all.length]!;
    const value = JUNK[junk];
    if (how === 'set') container[key] = value;
    else if (how === 'delete') delete container[key];
    else if (how === 'add-key' && typeof container[key] === 'object' && container[key] !== null && !Array.isArray(container[key])) (container[key] as Record<string, unknown>).extra = value;
    else if (how === 'lengthen' && Array.isArray(container[key])) (container[key] as unknown[]).push(value);
    else if (how === 'shorten' && Array.isArray(container[key])) (container[key] as unknown[]).length = Math.max(0, (container[key] as unknown[]).length - 1);
  }
  return copy;
}

/** A small roadmap with every member the schemas know, and a baked layout of two width classes. */
const EVERY_MEMBER = {
  $schema: 'https://example.com/roadmap.schema.json',
  id: 'every-member',
  title: 'Every member',
  description: 'A roadmap with *every* member.',
  sections: [
    {
      id: 'basics',
      title: 'Basics',
      description: 'First things.',
      choice: false,
      topics: [
        {
          id: 'syntax',
          title: 'Syntax',
          description: 'How it reads.',
          level: 'beginner',
          optional: false,
          tags: ['core', 'language'],
          resources: [
            { title: 'Docs', url: 'https://docs.example.com/syntax', type: 'docs', free: true },
            { title: 'Ask', url: 'mailto:help@example.com', type: 'article' },
            { title: 'Local', url: '/guide#syntax', type: 'book', free: false },
          ],
          topics: [{ id: 'names', title: 'Names', requires: [] }],
        },
        { id: 'flow', title: 'Flow', requires: ['syntax'], choice: true, topics: [{ id: 'loops', title: 'Loops' }, { id: 'branches', title: 'Branches' }] },
      ],
    },
    { id: 'next', title: 'Next', requires: ['basics'], topics: [{ id: 'web', title: 'Web', level: 'advanced', requires: ['flow'] }] },
  ],
  layout: {
    version: 2,
    hash: '0123456789abcdef',
    direction: 'DOWN',
    views: {
      phone: {
        direction: 'DOWN',
        width: 360,
        height: 900,
        boxes: [[0, 0, 360, 400], [10, 40, 150, 60], [10, 110, 140, 40], [170, 40, 150, 200], [180, 80, 120, 40], [180, 130, 120, 40], [0, 450, 360, 200], [10, 490, 150, 60]],
        edges: [[1, 3, 'requires', [85, 100, 85, 105, 245, 105, 245, 40]], [0, 6, 'sequence', [180, 400, 180, 450]], [3, 7, 'requires', [245, 240, 85, 490]]],
      },
      wide: {
        direction: 'RIGHT',
        width: 1200,
        height: 400,
        boxes: [[0, 0, 600, 400], [10, 40, 150, 60], [10, 110, 140, 40], [170, 40, 150, 200], [180, 80, 120, 40], [180, 130, 120, 40], [650, 0, 360, 200], [660, 40, 150, 60]],
        edges: [[0, 6, 'sequence', [600, 200, 650, 100]]],
      },
    },
  },
};

describe('readValidShape', () => {
  it("knows every schema's members, in the schema's order, and which of them are required", () => {
    type Shape = Record<string, { safeParse(value: unknown): { success: boolean } }>;
    const membersOf = (shape: Shape) => {
      const keys = Object.keys(shape);
      return { keys, required: keys.filter((key) => !shape[key]!.safeParse(undefined).success) };
    };
    expect(MEMBERS).toEqual({
      roadmap: membersOf(roadmapSchema.shape),
      section: membersOf(sectionSchema.shape),
      topic: membersOf(topicSchema.shape),
      resource: membersOf(resourceSchema.shape),
      layout: membersOf(layoutSchema.shape),
      views: membersOf(layoutSchema.shape.views.shape),
      view: membersOf(bakedViewSchema.shape),
    });
  });

  it("answers for the Python roadmap, its baked layout included, and a 10,000-topic one, with zod's roadmap", () => {
    expect(readValidShape(python)).toBeDefined();
    expectZodsAnswer(python);
    const big = asJson(syntheticRoadmap(10_000));
    expect(readValidShape(big)).toBeDefined();
    expectZodsAnswer(big);
  });

  it('answers for every generated roadmap as a file holds it', () => {
    fc.assert(
      fc.property(arbitraryRoadmap, (roadmap) => {
        const data = asJson(roadmap);
        // Titles generated with spaces around them are trimmed by zod: those are left to zod.
        const parsedForm = JSON.stringify(roadmapSchema.parse(data)) === JSON.stringify(data);
        if (parsedForm) expect(readValidShape(data)).toBeDefined();
        expectZodsAnswer(data);
      }),
    );
  });

  it('never answers differently from zod with any one member of any object set to junk, removed, an array cut short or made longer, or an unknown key added', () => {
    expect(readValidShape(EVERY_MEMBER)).toBeDefined();
    expectZodsAnswer(EVERY_MEMBER);
    let refused = 0;
    const count = places(EVERY_MEMBER).length;
    for (let at = 0; at < count; at++) {
      for (let junk = 0; junk < JUNK.length; junk++) {
        // Removing, cutting short and adding a key do the same whatever the junk.
        for (const how of junk === 1 ? ['set', 'lengthen', 'delete', 'add-key', 'shorten'] : ['set', 'lengthen']) {
          const data = mutate(EVERY_MEMBER, [[at, junk, how]]);
          expectZodsAnswer(data);
          if (readValidShape(data) === undefined) refused++;
        }
      }
    }
    // Most of these are broken: the fast path must have left them to zod, not only answered rightly.
    expect(refused).toBeGreaterThan(count * JUNK.length);
  });

  it('never answers differently from zod on broken roadmaps and layouts', () => {
    fc.assert(
      fc.property(mutation, (changes) => {
        expectZodsAnswer(mutate(python, changes));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(arbitraryRoadmap, mutation, (roadmap, changes) => {
        expectZodsAnswer(mutate(asJson(roadmap), changes));
      }),
    );
  });

  it('leaves to zod what zod would change or report: present but undefined, padded, a class instance, an old layout', () => {
    const data = asJson(python) as Record<string, unknown> & { sections: Record<string, unknown>[]; layout: Record<string, unknown> };
    expect(readValidShape({ ...data, description: undefined })).toBeUndefined();
    expect(readValidShape({ ...data, title: ` ${data.title as string}` })).toBeUndefined();
    expect(readValidShape(Object.assign(new (class Roadmap {})(), data))).toBeUndefined();
    expect(readValidShape({ ...data, layout: { version: 1 } })).toBeUndefined();
    expect(readValidShape({ ...data, sections: [] })).toBeUndefined();
    const { sections: _sections, ...withoutSections } = data;
    expect(readValidShape(withoutSections)).toBeUndefined();
  });
});
