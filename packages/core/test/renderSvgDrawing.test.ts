import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { renderSvg } from '../src/render/renderSvg.js';
import { LIGHT_THEME } from '../src/render/svgTheme.js';
import { smallRoadmap } from './support/smallRoadmap.js';
import { all, children, expectTextInBoxes, handLayout, num, parseSvg, shapeOf, smallPicture } from './support/svgFixture.js';

const { graph, layout, svg, topics } = smallPicture();

describe('renderSvg', () => {
  it('gives every topic a hover title with its title and a plain-text excerpt of its description', () => {
    const roadmap = smallRoadmap();
    roadmap.sections[0]!.topics[0]!.description = 'Learn **the** `syntax` with [the tutorial](https://docs.python.org/3/tutorial/).';
    const g = buildGraph(roadmap);
    const { root } = parseSvg(renderSvg(g, handLayout(g)));
    for (const topic of topics) {
      const titles = children(shapeOf(root, topic.id)!, 'title');
      expect(titles).toHaveLength(1);
      expect(titles[0]!.textContent!.startsWith(topic.title)).toBe(true);
    }
    expect(children(shapeOf(root, 'syntax')!, 'title')[0]!.textContent).toBe('Syntax (beginner)\nLearn the syntax with the tutorial.');
    expect(children(shapeOf(root, 'trivia')!, 'title')[0]!.textContent).toBe('Trivia (optional)');
  });

  it('draws each edge as an arrow along its route, solid for section order and dashed for prerequisites', () => {
    const { root } = parseSvg(svg);
    const markers = new Set(all(root, 'marker').map((m) => m.getAttribute('id')));
    const paths = all(root, 'path').filter((p) => p.getAttribute('class') === 'edge');
    expect(paths).toHaveLength(layout.edges.length);
    layout.edges.forEach((edge, i) => {
      const path = paths[i]!;
      expect(path.getAttribute('data-kind')).toBe(edge.kind);
      const marker = /^url\(#(.+)\)$/.exec(path.getAttribute('marker-end')!)![1];
      expect(markers.has(marker!)).toBe(true);
      const points = path.getAttribute('d')!.match(/-?[\d.]+ -?[\d.]+/g)!.map((p) => p.split(' ').map(Number));
      expect(points).toEqual(edge.points.map((p) => [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100]));
      expect(path.hasAttribute('stroke-dasharray')).toBe(edge.kind === 'requires');
    });
    const width = (kind: string) => num(paths.find((p) => p.getAttribute('data-kind') === kind)!, 'stroke-width');
    expect(width('sequence')).toBeGreaterThan(width('requires'));
  });

  it('fits every title inside its box, wrapping long ones and cutting what cannot fit', () => {
    const roadmap = smallRoadmap();
    const long = 'Asynchronous programming with asyncio, event loops, tasks, futures and structured concurrency';
    roadmap.sections[0]!.topics[1]!.title = long;
    roadmap.sections[1]!.topics[0]!.title = 'Supercalifragilisticexpialidocious-internationalization-and-localization';
    const g = buildGraph(roadmap);
    const l = handLayout(g);
    // A box shorter than its title needs: the text must still stay inside.
    l.nodes.find((b) => b.id === 'rest')!.width = 60;
    const { root } = parseSvg(renderSvg(g, l));
    expectTextInBoxes(root, g);
    const lines = (id: string) => children(shapeOf(root, id)!, 'text').map((t) => t.textContent);
    expect(lines('functions').length).toBeGreaterThan(1);
    expect(lines('functions').join(' ')).toBe(long);
    expect(lines('rest').join('')).not.toBe('REST');
  });

  it('marks levels, optional topics and alternatives, and explains them in a legend below the map', () => {
    const { root } = parseSvg(svg);
    const rectOf = (id: string) => children(shapeOf(root, id)!, 'rect')[0]!;
    // Levels in words (beside a dot in the level's colour), never in colour alone.
    expect(all(shapeOf(root, 'syntax')!, 'text').map((t) => t.textContent)).toContain('Beginner');
    expect(rectOf('trivia').getAttribute('stroke-dasharray')).toBeTruthy();
    expect(rectOf('functions').getAttribute('stroke-dasharray')).toBeNull();
    expect(rectOf('flask').getAttribute('stroke')).toBe(LIGHT_THEME.choice);
    expect(rectOf('framework').getAttribute('stroke')).toBe(LIGHT_THEME.choice);
    expect(rectOf('basics').getAttribute('stroke')).not.toBe(LIGHT_THEME.choice);
    expect(all(shapeOf(root, 'framework')!, 'text').map((t) => t.textContent)).toContain('pick one');

    const legend = all(root, 'g').find((g) => g.getAttribute('class') === 'legend')!;
    const labels = all(legend, 'text').map((t) => t.textContent);
    expect(labels).toEqual(['Beginner', 'Optional', 'Alternatives: pick one', 'Next section', 'Prerequisite']);
    const mapTop = Number(/translate\([\d.]+ ([\d.]+)\)/.exec(svg)![1]);
    expect(num(children(legend, 'rect')[0]!, 'y')).toBeGreaterThanOrEqual(mapTop + layout.height);
    const legendRect = children(legend, 'rect')[0]!;
    expect(num(legendRect, 'y') + num(legendRect, 'height')).toBeLessThanOrEqual(num(root, 'height'));
  });

  it('is deterministic, with coordinates rounded to two decimals', () => {
    const again = buildGraph(smallRoadmap());
    expect(renderSvg(again, handLayout(again))).toBe(svg);
    const shifted = { ...layout, nodes: layout.nodes.map((b) => ({ ...b, x: b.x + 1 / 3 })) };
    const out = renderSvg(graph, shifted);
    expect(out).toContain('.33"');
    expect(out).not.toMatch(/\d\.\d{3,}/);
  });

  it('draws the roadmap title on top unless asked not to', () => {
    const texts = (out: string) => all(parseSvg(out).root, 'text').map((t) => t.textContent);
    expect(texts(svg)[0]).toBe('Web developer');
    const untitled = renderSvg(graph, layout, { title: false });
    expect(texts(untitled)).not.toContain('Web developer');
    expect(num(parseSvg(untitled).root, 'height')).toBeLessThan(num(parseSvg(svg).root, 'height'));
  });

  it('draws the ELK layout of a roadmap with every title in its box and an arrow per edge', async () => {
    const roadmap = smallRoadmap();
    roadmap.sections[2]!.topics[1]!.title = 'Django, the web framework for perfectionists with deadlines';
    const g = buildGraph(roadmap);
    const elkLayout = await layoutRoadmap(g, { engine: createElkEngine() });
    for (const theme of ['light', 'dark'] as const) {
      const { root, errors } = parseSvg(renderSvg(g, elkLayout, { theme }));
      expect(errors).toEqual([]);
      expectTextInBoxes(root, g);
      const edges = all(root, 'path').filter((p) => p.getAttribute('class') === 'edge');
      expect(edges).toHaveLength(g.drawnEdges.length);
      for (const edge of edges) expect(edge.getAttribute('marker-end')).toMatch(/^url\(#rg-web-dev-arrow-(sequence|requires)\)$/);
    }
  });

  it('skips nodes and edges the layout has no geometry for instead of failing', () => {
    const partial = { ...layout, nodes: layout.nodes.filter((b) => b.id !== 'drf'), edges: layout.edges.filter((e) => e.kind !== 'requires') };
    const { root, errors } = parseSvg(renderSvg(graph, partial));
    expect(errors).toEqual([]);
    expect(shapeOf(root, 'drf')).toBeUndefined();
    expect(shapeOf(root, 'django')).toBeDefined();
    expect(all(root, 'path').filter((p) => p.getAttribute('class') === 'edge')).toHaveLength(partial.edges.length);
  });
});
