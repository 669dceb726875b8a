import { describe, expect, it } from 'vitest';
import { arrowHead } from '../src/edges/arrowHead.js';
import { routePath } from '../src/edges/routePath.js';
import { buildMapModel } from '../src/RoadmapMap/buildMapModel.js';
import { describeTopic } from '../src/RoadmapMap/describeTopic.js';
import { findNeighbour } from '../src/RoadmapMap/findNeighbour.js';
import { prerequisiteChain } from '../src/RoadmapMap/prerequisiteChain.js';
import { graph, layout } from './mapFixture.js';
import { englishLabels } from '../src/labels/english.js';
import { createLabelFormat } from '../src/labels/LabelFormat.js';

const english = { labels: englishLabels, format: createLabelFormat('en') };

describe('routePath', () => {
  it('rounds corners with the corner point as control point', () => {
    expect(routePath([{ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 80, y: 50 }], 8)).toBe('M0 0L0 42Q0 50 8 50L80 50');
  });

  it('shrinks the radius on short segments and draws straight routes as lines', () => {
    expect(routePath([{ x: 0, y: 0 }, { x: 0, y: 6 }, { x: 40, y: 6 }], 8)).toBe('M0 0L0 3Q0 6 3 6L40 6');
    expect(routePath([{ x: 1.234, y: 2 }, { x: 1.234, y: 90 }])).toBe('M1.23 2L1.23 90');
    expect(routePath([])).toBe('');
  });
});

describe('arrowHead', () => {
  it('puts the tip on the last point, pointing along the last segment, and pulls the line back under it', () => {
    const head = arrowHead([{ x: 10, y: 0 }, { x: 10, y: 100 }], 9, 8);
    expect(head.path).toBe('M10 100L6 91L14 91Z');
    expect(head.points[1]!.y).toBeLessThan(100);
    expect(head.points[1]!.y).toBeGreaterThan(91);
  });

  it('skips repeated end points to find the direction', () => {
    const head = arrowHead([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 0 }], 10, 6);
    expect(head.path).toBe('M50 0L40 3L40 -3Z');
  });
});

describe('findNeighbour', () => {
  const grid = new Map([
    ['a', { x: 0, y: 0, width: 100, height: 30 }],
    ['b', { x: 150, y: 0, width: 100, height: 30 }],
    ['c', { x: 40, y: 80, width: 100, height: 30 }],
    ['far-right-below', { x: 300, y: 60, width: 100, height: 30 }],
  ]);

  it('prefers boxes in line over closer ones off to the side', () => {
    expect(findNeighbour(grid, 'a', 'right')).toBe('b');
    expect(findNeighbour(grid, 'a', 'down')).toBe('c');
    expect(findNeighbour(grid, 'c', 'up')).toBe('a');
  });

  it('keeps to the row even when a box in the next row is nearer', () => {
    const rows = new Map([
      ['models', { x: 912, y: 673, width: 210, height: 34 }],
      ['orm', { x: 1143, y: 673, width: 117, height: 34 }],
      ['drf', { x: 980, y: 742, width: 183, height: 34 }],
    ]);
    expect(findNeighbour(rows, 'models', 'right')).toBe('orm');
    expect(findNeighbour(rows, 'orm', 'down')).toBe('drf');
  });

  it('returns undefined when nothing lies that way, or for an unknown id', () => {
    expect(findNeighbour(grid, 'a', 'up')).toBeUndefined();
    expect(findNeighbour(grid, 'a', 'left')).toBeUndefined();
    expect(findNeighbour(grid, 'nope', 'down')).toBeUndefined();
  });
});

describe('describeTopic', () => {
  it('counts in the singular and plural and names every mark', () => {
    const oop = graph.nodes.get('oop')!;
    expect(describeTopic(oop, { state: undefined, nextUp: true, prerequisites: 1, match: 'none' }, english)).toBe(
      'Object-Oriented Programming, intermediate, next up, 1 prerequisite',
    );
    const kubernetes = graph.nodes.get('kubernetes')!;
    expect(describeTopic(kubernetes, { state: 'skipped', nextUp: false, prerequisites: 3, match: 'active' }, english)).toBe(
      `${kubernetes.title}, advanced, optional, skipped, 3 prerequisites, current search match`,
    );
  });
});

describe('buildMapModel', () => {
  const model = buildMapModel(graph, layout);

  it('orders boxes topologically and gives a topic with subtopics its header band as target', () => {
    expect(model.order).toEqual(graph.order.filter((id) => layout.nodes.some((b) => b.id === id)));
    const flask = layout.nodes.find((b) => b.id === 'flask')!;
    const firstChild = Math.min(...graph.nodes.get('flask')!.children.map((c) => layout.nodes.find((b) => b.id === c)!.y));
    expect(model.targets.get('flask')).toEqual({ x: flask.x, y: flask.y, width: flask.width, height: firstChild - flask.y });
    expect(model.topics).toEqual(model.order.filter((id) => graph.nodes.get(id)!.kind !== 'section'));
    expect(model.topics).toHaveLength([...graph.nodes.values()].filter((n) => n.kind !== 'section').length);
  });

  it('leaves out nodes and routes the layout has no box for', () => {
    const partial = { ...layout, nodes: layout.nodes.filter((b) => b.id !== 'oop') };
    const reduced = buildMapModel(graph, partial);
    expect(reduced.order).not.toContain('oop');
    expect(reduced.edges.some((e) => e.source === 'oop' || e.target === 'oop')).toBe(false);
  });
});

describe('prerequisiteChain', () => {
  it('keeps the explicit chain and the containers, not every topic of a prerequisite section', () => {
    const chain = prerequisiteChain(graph, 'flask-restful')!;
    for (const id of ['flask-restful', 'flask-routing', 'rest-basics', 'http-methods', 'flask', 'web-framework', 'http-web-basics']) {
      expect(chain.has(id), id).toBe(true);
    }
    expect(chain.has('status-codes')).toBe(false);
    expect(chain.has('django')).toBe(false);
    expect(prerequisiteChain(graph, 'missing')).toBeNull();
  });

  it('lights a selected topic with subtopics, or a selected section, together with all they hold', () => {
    const chain = prerequisiteChain(graph, 'django')!;
    for (const child of graph.nodes.get('django')!.children) expect(chain.has(child), child).toBe(true);
    const section = prerequisiteChain(graph, 'databases')!;
    for (const child of graph.nodes.get('databases')!.children) expect(section.has(child), child).toBe(true);
    expect(section.has('sql-basics') && !section.has('status-codes')).toBe(true);
  });
});
