import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import type { Topic } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { syntheticRoadmap } from './support/syntheticRoadmap.js';

const count = (topics: readonly Topic[]): number => topics.reduce((sum, topic) => sum + 1 + count(topic.topics ?? []), 0);

describe('syntheticRoadmap (the layout benchmark fixture)', () => {
  it.each([5, 37, 1000, 5000])('makes a valid roadmap of exactly %i topics with one choice group', (topicCount) => {
    const parsed = parseRoadmap(syntheticRoadmap(topicCount, 3));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
    const sizes = parsed.roadmap.sections.map((section) => count(section.topics));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(topicCount);
    for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThanOrEqual(5);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(30);
    const graph = buildGraph(parsed.roadmap);
    expect([...graph.nodes.values()].filter((node) => node.choice)).toHaveLength(1);
  });

  it('has subtopics and prerequisites across sections', () => {
    const graph = buildGraph(syntheticRoadmap(1000));
    expect([...graph.nodes.values()].some((node) => node.depth >= 3)).toBe(true);
    const across = graph.edges.filter(
      (edge) => edge.kind === 'requires' && graph.nodes.get(edge.source)?.section !== graph.nodes.get(edge.target)?.section,
    );
    expect(across.length).toBeGreaterThan(10);
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(syntheticRoadmap(300, 7)).toEqual(syntheticRoadmap(300, 7));
    expect(syntheticRoadmap(300, 8)).not.toEqual(syntheticRoadmap(300, 7));
    expect(() => syntheticRoadmap(0)).toThrow(/positive integer/);
  });
});
