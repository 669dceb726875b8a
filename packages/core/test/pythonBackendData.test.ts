import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { prerequisitesOf } from '../src/graph/prerequisitesOf.js';
import type { GraphNode } from '../src/graph/types.js';
import { bakedLayoutFor } from '../src/layout/bakedLayoutFor.js';
import { checkBakedLayout } from '../src/layout/checkBakedLayout.js';
import { stringifyRoadmap } from '../src/layout/stringifyRoadmap.js';
import { WIDTH_CLASS_NAMES } from '../src/layout/widthClasses.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';
import type { Topic } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { layoutViolations } from './support/layoutViolations.js';

// The flagship data lives at the top of the repository: data/python-backend.md is the outline
// authors edit, data/python-backend.roadmap.json is generated from it with `pnpm data`.
const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const REGENERATE = 'run `pnpm data` to regenerate data/python-backend.roadmap.json';

const parsed = parseRoadmap(read('python-backend.roadmap.json'));
if (!parsed.ok) throw new Error(`python-backend.roadmap.json is invalid: ${JSON.stringify(parsed.errors)}`);
const roadmap = parsed.roadmap;
const graph = buildGraph(roadmap);
const topics = [...graph.nodes.values()].filter((n) => n.kind !== 'section');
const leaves = topics.filter((n) => n.children.length === 0);

describe('data/python-backend.roadmap.json', () => {
  it('is what the outline imports to, so the two never drift apart', () => {
    const imported = fromMarkdown(read('python-backend.md'));
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.warnings).toEqual([]);
    const { layout: _layout, ...content } = roadmap;
    expect(content, REGENERATE).toEqual(imported.roadmap);
  });

  it('carries a fresh baked layout for every width class, identical to a new layout of its content', async () => {
    const baked = checkBakedLayout(roadmap);
    expect(baked.status, REGENERATE).toBe('fresh');
    if (baked.status !== 'fresh') return;
    const engine = createElkEngine();
    for (const widthClass of WIDTH_CLASS_NAMES) {
      const fresh = await layoutRoadmap(graph, { engine, direction: baked.layout.direction, widthClass });
      expect(JSON.stringify(bakedLayoutFor(roadmap, widthClass)), `${widthClass}: ${REGENERATE}`).toBe(JSON.stringify(fresh));
      expect(layoutViolations(graph, fresh)).toEqual([]);
    }
    // Written as `roadmap-graph layout` writes it: the content for people, the layout on one line.
    expect(read('python-backend.roadmap.json'), REGENERATE).toBe(stringifyRoadmap(roadmap));
  });

  it('follows the seed: 9 sections, every bullet a topic, Flask or Django as alternatives', () => {
    expect(roadmap.sections.map((s) => s.topics.length)).toEqual([6, 5, 2, 5, 4, 5, 4, 5, 5]);
    expect(leaves).toHaveLength(49);
    const framework = graph.nodes.get('web-framework')!;
    expect(framework.choice).toBe(true);
    expect(framework.children).toEqual(['flask', 'django']);
    for (const id of framework.children) expect(graph.nodes.get(id)!.children).toHaveLength(5);
  });

  it('describes every section and topic in one to three sentences', () => {
    for (const node of [...graph.nodes.values()]) {
      const description = node.data.description ?? '';
      const sentences = description.split(/(?<=[.!?])\s+(?=[A-Z`*])/).filter(Boolean);
      expect(sentences.length, node.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, node.id).toBeLessThanOrEqual(3);
    }
  });

  it('gives every topic a level and at least two resources, official documentation first where it exists', () => {
    for (const node of leaves) {
      const topic = node.data as Topic;
      expect(topic.level, node.id).toBeDefined();
      expect(topic.resources?.length ?? 0, node.id).toBeGreaterThanOrEqual(2);
      // Concepts such as TDD have no official documentation; where a topic has some, it leads.
      const types = topic.resources!.map((r) => r.type);
      if (types.includes('official') || types.includes('docs')) expect(['official', 'docs'], node.id).toContain(types[0]);
      for (const r of topic.resources!) expect(r.url, node.id).toMatch(/^https:\/\//);
    }
  });

  it('declares prerequisites beyond section order that make sense', () => {
    const requires = (id: string) => (graph.nodes.get(id)!.data as Topic).requires ?? [];
    expect(requires('django-rest-framework')).toEqual(expect.arrayContaining(['django-orm', 'rest-basics']));
    expect(prerequisitesOf(graph, 'django-rest-framework', { transitive: true })).toContain('http-methods');
    const declared = topics.reduce((n: number, t: GraphNode) => n + ((t.data as Topic).requires?.length ?? 0), 0);
    expect(declared).toBeGreaterThanOrEqual(15);
  });
});
