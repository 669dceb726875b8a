import { describe, expect, it } from 'vitest';
import type { Topic } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import type { ValidationError } from '../src/validate/types.js';

function errorsOf(input: unknown): ValidationError[] {
  const result = parseRoadmap(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.errors;
}

const roadmapOf = (topics: unknown[]) => ({ id: 'r', title: 'R', sections: [{ id: 's', title: 'S', topics }] });

describe('a report of very many problems', () => {
  it('lists the first 1,000 of 200,000 reference errors with their paths, then how many more there are', () => {
    const topics: Topic[] = Array.from({ length: 1_000 }, (_, i) => ({ id: `t-${i}`, title: `T ${i}`, requires: Array(200).fill(`t-${i}`) }));
    const errors = errorsOf(roadmapOf(topics));
    expect(errors).toHaveLength(1_001);
    expect(errors[0]).toEqual({ path: 'sections[0].topics[0].requires[0]', message: '"t-0" cannot require itself' });
    expect(errors[999]).toEqual({ path: 'sections[0].topics[4].requires[199]', message: '"t-4" cannot require itself' });
    expect(errors[1_000]).toEqual({ path: '', message: '199000 more problems not listed (only the first 1000 are)' });
  });

  it('refuses 300,000 topic entries by the topic limit, before checking any of them', () => {
    expect(errorsOf(roadmapOf(Array(300_000).fill(0)))).toEqual([
      { path: 'sections', message: 'has 300000 topics; at most 10000 are allowed (limit maxTopics)' },
    ]);
  });

  it('stops checking once 1,000 problems are listed, and says so, when 2,000,000 empty tags would cost seconds', () => {
    const topics = Array.from({ length: 10_000 }, (_, i) => ({ id: `t${i}`, title: 'T', tags: Array(200).fill('') }));
    const errors = errorsOf(JSON.stringify(roadmapOf(topics)));
    expect(errors).toHaveLength(1_001);
    expect(errors[0]).toEqual({ path: 'sections[0].topics[0].tags[0]', message: 'too small: expected string to have >=1 characters' });
    expect(errors[999]!.path).toBe('sections[0].topics[4].tags[199]');
    expect(errors[1_000]).toEqual({ path: '', message: 'checking stopped after the first 1000 problems' });
  });

  it('names at most three other places of an id used 3,000 times', () => {
    const topics = Array.from({ length: 3_000 }, () => ({ id: 'same', title: 'Same' }));
    const errors = errorsOf(roadmapOf(topics));
    expect(errors[0]).toEqual({
      path: 'sections[0].topics[0].id',
      message: 'duplicate id "same": also used at sections[0].topics[1], sections[0].topics[2], sections[0].topics[3] and 2996 more places',
    });
    expect(errors[2]!.message).toBe('duplicate id "same": also used at sections[0].topics[0], sections[0].topics[1], sections[0].topics[3] and 2996 more places');
    expect(Math.max(...errors.map((e) => e.message.length))).toBeLessThan(200);
  });
});
