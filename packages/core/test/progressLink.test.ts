import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { decodeProgressLink, encodeProgressLink } from '../src/progress/progressLink.js';
import type { Progress, TopicState } from '../src/progress/types.js';
import { smallRoadmap } from './support/smallRoadmap.js';

const graph = buildGraph(smallRoadmap());
const topicIds = [...graph.nodes.values()].filter((node) => node.kind !== 'section').map((node) => node.id);

describe('progress links', () => {
  it('carry any progress there and back, in about one character per three topics', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<TopicState | undefined>(undefined, 'done', 'in-progress', 'skipped'), { minLength: topicIds.length, maxLength: topicIds.length }), (states) => {
        const progress: Record<string, TopicState> = {};
        states.forEach((state, i) => {
          if (state) progress[topicIds[i]!] = state;
        });
        const text = encodeProgressLink(graph, progress);
        expect(text.length).toBeLessThanOrEqual('p1.12345678.'.length + Math.ceil(topicIds.length / 3));
        expect(text).toMatch(/^[\w.-]+$/);
        expect(decodeProgressLink(graph, text)).toEqual({ ok: true, progress });
      }),
    );
  });

  it('leave out ids the roadmap does not have and states it does not know', () => {
    const text = encodeProgressLink(graph, { nope: 'done', [topicIds[0]!]: 'finished' } as unknown as Progress);
    expect(decodeProgressLink(graph, text)).toEqual({ ok: true, progress: {} });
  });

  it('refuse text that is not a progress link, and one made for another version of the roadmap', () => {
    for (const text of ['', 'p2.00000000.A', 'p1.xyz.A', `p1.${'0'.repeat(8)}.${'A'.repeat(500)}`, 'p1.12345678.!']) {
      expect(decodeProgressLink(graph, text).ok, text).toBe(false);
    }
    const changed = smallRoadmap();
    changed.sections[0]!.topics.push({ id: 'added-topic', title: 'Added' });
    const link = encodeProgressLink(buildGraph(changed), {});
    expect(decodeProgressLink(graph, link)).toEqual({ ok: false, reason: 'other-roadmap' });
  });
});
