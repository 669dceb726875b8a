import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { prerequisitesOf } from '../src/graph/prerequisitesOf.js';
import { unlocks } from '../src/graph/unlocks.js';
import type { Roadmap } from '../src/schema/roadmapSchema.js';
import { smallRoadmap } from './support/smallRoadmap.js';

const graph = buildGraph(smallRoadmap());
const drawn = (g = graph) => g.drawnEdges.map((e) => `${e.source}->${e.target}`);

describe('buildGraph', () => {
  it('has a node for every section, topic and subtopic with its place in the hierarchy', () => {
    expect(graph.nodes.size).toBe(4 + 13);
    expect(graph.nodes.get('drf')).toMatchObject({ kind: 'subtopic', parent: 'django', section: 'framework', depth: 2 });
    expect(graph.nodes.get('flask')).toMatchObject({ kind: 'topic', alternativeOf: 'framework', children: ['flask-routing', 'flask-db'] });
    expect(graph.nodes.get('framework')!.choice).toBe(true);
  });

  it('types its edges: sequence between sections, requires, contains and alternative', () => {
    const kinds = (kind: string) => graph.edges.filter((e) => e.kind === kind).map((e) => `${e.source}->${e.target}`);
    expect(kinds('sequence')).toEqual(['basics->http', 'http->framework', 'framework->deploy']);
    expect(kinds('alternative')).toEqual(['framework->flask', 'framework->django']);
    expect(kinds('requires')).toContain('django-orm->drf');
    expect(kinds('contains')).toContain('basics->syntax');
  });

  it('orders prerequisites first, in document order otherwise', () => {
    const at = (id: string) => graph.order.indexOf(id);
    expect(graph.order).toHaveLength(graph.nodes.size);
    expect(graph.order[0]).toBe('basics');
    for (const e of graph.edges) expect(at(e.source)).toBeLessThan(at(e.target));
  });

  it('draws the transitive reduction: an edge implied by section order is not drawn', () => {
    // drf requires rest and syntax, which earlier sections already bring in.
    expect(drawn()).not.toContain('rest->drf');
    expect(drawn()).not.toContain('syntax->drf');
    expect(drawn()).toContain('django-orm->drf');
    expect(drawn()).toContain('basics->http');
    expect(drawn()).toContain('docker->k8s');
  });

  it('drops a → c when a → b → c is declared', () => {
    const roadmap: Roadmap = {
      id: 'x',
      title: 'X',
      sections: [{ id: 's', title: 'S', topics: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B', requires: ['a'] }, { id: 'c', title: 'C', requires: ['a', 'b'] }] }],
    };
    const g = buildGraph(roadmap);
    expect(drawn(g)).toEqual(['a->b', 'b->c']);
    expect(prerequisitesOf(g, 'c')).toEqual(['a', 'b']);
  });

  it('keeps an edge to an optional topic, since the section does not wait for it', () => {
    const roadmap = smallRoadmap();
    roadmap.sections[1]!.topics[0]!.requires = ['trivia'];
    expect(drawn(buildGraph(roadmap))).toContain('trivia->methods');
  });
});

describe('prerequisitesOf and unlocks', () => {
  it('lists own and inherited prerequisites, transitively on request', () => {
    expect(prerequisitesOf(graph, 'drf')).toEqual(['syntax', 'http', 'rest', 'django-orm']);
    const all = prerequisitesOf(graph, 'drf', { transitive: true });
    expect(all).toEqual(expect.arrayContaining(['basics', 'http', 'methods', 'rest', 'django-orm', 'syntax']));
    expect(all).not.toContain('drf');
    expect(prerequisitesOf(graph, 'no-such-topic')).toEqual([]);
  });

  it('lists what a node unlocks', () => {
    expect(unlocks(graph, 'django-orm')).toEqual(['drf']);
    expect(unlocks(graph, 'http')).toEqual(['framework']);
    expect(unlocks(graph, 'nope')).toEqual([]);
  });
});
