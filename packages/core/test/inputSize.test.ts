import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { toBakedLayout } from '../src/layout/toBakedLayout.js';
import { withBakedLayout } from '../src/layout/withBakedLayout.js';
import { LIMITS } from '../src/schema/limits.js';
import type { Resource, Roadmap, Topic } from '../src/schema/roadmapSchema.js';
import { parseRoadmap, validateRoadmap } from '../src/validate/parseRoadmap.js';
import type { ValidationError } from '../src/validate/types.js';

// LIMITS.maxInputBytes as documented: string lengths, key lengths, 8 for any other value, the
// top-level layout left out. Written out here on purpose, as the definition the code must meet.
function contentSize(value: unknown, top = true): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 8;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + contentSize(item, false), 8);
  let size = 8;
  for (const [key, inner] of Object.entries(value)) if (!(top && key === 'layout')) size += key.length + contentSize(inner, false);
  return size;
}

const resource = (urlLength: number): Resource => ({ title: 'R', url: `https://example.com/${'a'.repeat(urlLength - 20)}`, type: 'docs' });
const RESOURCE_OVERHEAD = contentSize(resource(100)) - 100;

/** A valid roadmap of a dozen topics, each with long resource URLs, whose content size is exactly `target`. */
function roadmapOfSize(target: number): Roadmap {
  const topics: Topic[] = [];
  const roadmap: Roadmap = { id: 'big', title: 'Big', sections: [{ id: 's', title: 'S', topics }] };
  let size = contentSize(roadmap);
  const added: Resource[] = [];
  const add = (urlLength: number) => {
    let topic = topics.at(-1);
    if (!topic || topic.resources!.length === LIMITS.maxListLength) {
      topic = { id: `t${topics.length}`, title: 'T', resources: [] };
      topics.push(topic);
      size += contentSize(topic, false);
    }
    const item = resource(urlLength);
    topic.resources!.push(item);
    added.push(item);
    size += RESOURCE_OVERHEAD + urlLength;
  };
  while (target - size > 3 * (RESOURCE_OVERHEAD + 1_500)) add(2_000);
  // Three short URLs take up the rest exactly.
  for (let i = 0; i < 3; i++) add(20);
  for (const item of added.slice(-3)) {
    const stretch = Math.min(target - size, LIMITS.maxUrlLength - item.url.length);
    item.url += 'a'.repeat(stretch);
    size += stretch;
  }
  expect(contentSize(roadmap)).toBe(target);
  return roadmap;
}

const errorsOf = (input: unknown): ValidationError[] => {
  const result = parseRoadmap(input);
  return result.ok ? [] : result.errors;
};

describe('one definition of the content limit (LIMITS.maxInputBytes)', () => {
  const exact = roadmapOfSize(LIMITS.maxInputBytes);
  const over = roadmapOfSize(LIMITS.maxInputBytes + 1);
  const forms = (roadmap: Roadmap) => ({
    object: roadmap,
    compact: JSON.stringify(roadmap),
    pretty: JSON.stringify(roadmap, null, 2),
    'pretty, with a byte order mark': `\uFEFF${JSON.stringify(roadmap, null, 2)}`,
  });

  it('accepts content of exactly the limit, whether it comes as an object, compact, or pretty-printed past 5 MB of text', () => {
    expect(Buffer.byteLength(forms(exact).pretty)).toBeGreaterThan(LIMITS.maxInputBytes);
    for (const [form, input] of Object.entries(forms(exact))) expect(errorsOf(input), form).toEqual([]);
  });

  it('refuses one more, in every form, naming the limit', () => {
    for (const [form, input] of Object.entries(forms(over))) {
      expect(errorsOf(input), form).toEqual([{ path: '', message: 'roadmap content is larger than 5 MB, a baked layout not counted (limit maxInputBytes)' }]);
    }
  });

  it('does not count a baked layout: content at the limit with its layout is accepted as object and as text', async () => {
    const layout = await layoutRoadmap(buildGraph(exact), { engine: createElkEngine() });
    const baked = withBakedLayout(exact, toBakedLayout(exact, [layout]));
    expect(contentSize(baked, false)).toBeGreaterThan(LIMITS.maxInputBytes);
    expect(errorsOf(baked)).toEqual([]);
    expect(errorsOf(JSON.stringify(baked, null, 2))).toEqual([]);
  }, 60_000);

  it('still checks the depth of a baked layout', () => {
    let deep: Record<string, unknown> = {};
    const layout = deep;
    for (let i = 0; i < LIMITS.maxJsonDepth + 5; i++) deep = (deep.next = {}) as Record<string, unknown>;
    expect(errorsOf({ ...roadmapOfSize(1_000), layout })[0]!.message).toMatch(/limit maxJsonDepth/);
  });

  it('refuses JSON text past maxFileBytes (UTF-8) before parsing it', () => {
    const padded = `${JSON.stringify(roadmapOfSize(1_000))}${' '.repeat(LIMITS.maxFileBytes)}`;
    expect(errorsOf(padded)).toEqual([{ path: '', message: 'input is larger than 16 MB (limit maxFileBytes)' }]);
    // Counted in UTF-8: 6 million "é" are 12 million bytes, 6 million characters.
    const accented = JSON.stringify({ ...roadmapOfSize(1_000), $schema: 'é'.repeat(LIMITS.maxFileBytes / 2 + 1) });
    expect(accented.length).toBeLessThan(LIMITS.maxFileBytes);
    expect(errorsOf(accented)).toEqual([{ path: '', message: 'input is larger than 16 MB (limit maxFileBytes)' }]);
  });
});

describe('host-passed arrays are bounded before they are walked', () => {
  /** A sparse array that counts how often its entries are read. */
  function countedHoles(length: number) {
    const reads = { count: 0 };
    const array = new Proxy(new Array(length), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
        return Reflect.has(target, key);
      },
    });
    return { array, reads };
  }

  it('refuses sections of length 20 million at once, without reading one entry, naming the limit', () => {
    const { array, reads } = countedHoles(2e7);
    expect(errorsOf({ id: 'r', title: 'R', sections: array })).toEqual([
      { path: 'sections', message: 'has 20000000 entries, more than a 16 MB file can hold (limit maxFileBytes)' },
    ]);
    expect(reads.count).toBe(0);
  });

  it('refuses a sparse array in a baked layout the same way', () => {
    const { array, reads } = countedHoles(2 ** 32 - 1);
    const errors = errorsOf({ ...roadmapOfSize(1_000), layout: { nodes: array } });
    expect(errors).toEqual([{ path: 'layout.nodes', message: 'has 4294967295 entries, more than a 16 MB file can hold (limit maxFileBytes)' }]);
    expect(reads.count).toBe(0);
  });

  it('stops a shorter sparse array at the content limit, reading no more entries than the limit allows', () => {
    const { array, reads } = countedHoles(5e6);
    expect(errorsOf({ id: 'r', title: 'R', sections: array })[0]!.message).toMatch(/limit maxInputBytes/);
    expect(reads.count).toBeLessThanOrEqual(LIMITS.maxInputBytes / 8);
  });
});

describe('a Markdown outline is held to the limit by its text', () => {
  it('validates the data made from an outline without measuring it again: the data may be larger than its text', () => {
    const description = 'd'.repeat(4_800);
    const roadmap = {
      id: 'long',
      title: 'Long',
      sections: [{ id: 's', title: 'S', topics: Array.from({ length: 1_100 }, (_, i) => ({ id: `t-${i}`, title: `T ${i}`, description })) }],
    };
    expect(parseRoadmap(roadmap)).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('limit maxInputBytes') }] });
    expect(validateRoadmap(roadmap, { measureContent: false }).ok).toBe(true);
  });
});
