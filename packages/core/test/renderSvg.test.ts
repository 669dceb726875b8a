import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import type { GraphNode, RoadmapGraph } from '../src/graph/types.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { estimateTextWidth } from '../src/layout/estimateTextWidth.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { LAYOUT_DEFAULTS } from '../src/layout/resolveLayoutStyle.js';
import { topicDetail } from '../src/layout/topicDetail.js';
import { wrapText } from '../src/layout/wrapText.js';
import { renderSvg } from '../src/render/renderSvg.js';
import { DARK_THEME, LIGHT_THEME, type SvgTheme } from '../src/render/svgTheme.js';
import type { LayoutBox, LayoutEdge, Roadmap, RoadmapLayout } from '../src/schema/roadmapSchema.js';
import { smallRoadmap } from './support/smallRoadmap.js';

// ---- a hand-made layout: sections stacked, children in a row, sized as the ELK layout sizes them

const TOPIC = { size: 14, weight: 500 };
const SECTION = { size: 18, weight: 700 };
const LINE = 1.3;

function handLayout(graph: RoadmapGraph): RoadmapLayout {
  const nodes: LayoutBox[] = [];
  const place = (node: GraphNode, x: number, y: number): LayoutBox => {
    const section = node.kind === 'section';
    const font = section ? SECTION : TOPIC;
    const pad = section ? { x: 16, y: 16 } : LAYOUT_DEFAULTS.topicPadding;
    const leaf = !section && node.children.length === 0;
    // Beside a leaf topic's title, its progress mark; beside a section's, its number and count.
    const aside = leaf ? LAYOUT_DEFAULTS.topicMarkWidth : section ? LAYOUT_DEFAULTS.sectionNumberWidth + LAYOUT_DEFAULTS.sectionTitleAside : 0;
    const room = (section ? 440 : 220) - 2 * pad.x - aside;
    const wrapped = wrapText(node.title, room, estimateTextWidth, font);
    const titleHeight = wrapped.lines.length * font.size * LINE;
    const box: LayoutBox = { id: node.id, x, y, width: 0, height: 0 };
    nodes.push(box);
    if (leaf) {
      const detail = topicDetail(node, room, estimateTextWidth);
      box.width = Math.min(220, Math.max(120, Math.ceil(wrapped.width + 2 * pad.x + aside)));
      box.height = Math.ceil(titleHeight + 2 * pad.y + Math.max(1, detail.lines.length) * LAYOUT_DEFAULTS.topicDetailHeight);
      return box;
    }
    const header = Math.ceil(titleHeight + 2 * pad.y);
    let cx = x + pad.x;
    let bottom = y + header;
    for (const id of node.children) {
      const child = place(graph.nodes.get(id)!, cx, y + header);
      cx += child.width + 20;
      bottom = Math.max(bottom, child.y + child.height);
    }
    box.width = Math.max(cx - 20 + pad.x - x, Math.ceil(wrapped.width + 2 * pad.x + aside));
    box.height = bottom + pad.x - y;
    return box;
  };
  let y = 0;
  for (const node of graph.nodes.values()) {
    if (node.kind === 'section') y = place(node, 0, y).y + nodes.find((b) => b.id === node.id)!.height + 64;
  }
  const at = new Map(nodes.map((b) => [b.id, b]));
  const edges: LayoutEdge[] = graph.drawnEdges.map((e) => {
    const s = at.get(e.source)!;
    const t = at.get(e.target)!;
    const [sx, sy, tx, ty] = [s.x + s.width / 2, s.y + s.height, t.x + t.width / 3, t.y];
    const points = [{ x: sx, y: sy }, { x: sx, y: (sy + ty) / 2 }, { x: tx, y: (sy + ty) / 2 }, { x: tx, y: ty }];
    return { id: e.id, kind: e.kind, source: e.source, target: e.target, points };
  });
  const width = Math.max(...nodes.map((b) => b.x + b.width));
  return { version: 2, hash: 'test', direction: 'DOWN', widthClass: 'wide', width, height: y - 64, nodes, edges };
}

// ---- reading the output

function parseSvg(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, message: string) => errors.push(`${level}: ${message}`) }).parseFromString(
    svg,
    'image/svg+xml',
  );
  // xmldom lets a bare "&" and control characters through; XML does not.
  const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.exec(svg);
  if (bareAmpersand) errors.push(`bare & at ${bareAmpersand.index}`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(svg)) errors.push('control character');
  return { doc, errors, root: doc.documentElement! };
}

function all(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter((c): c is Element => c.nodeType === 1 && (c as Element).tagName === name);
}

const num = (element: Element, attribute: string) => Number(element.getAttribute(attribute));

/** The `<g>` or `<a>` drawn for a node. */
function shapeOf(root: Element, id: string): Element | undefined {
  return [...all(root, 'g'), ...all(root, 'a')].find((e) => e.getAttribute('data-id') === id);
}

const graph = buildGraph(smallRoadmap());
const layout = handLayout(graph);
const svg = renderSvg(graph, layout);
const topics = [...graph.nodes.values()].filter((n) => n.kind !== 'section');

describe('renderSvg', () => {
  it('is a well-formed standalone SVG document with its size, viewBox and accessible name', () => {
    const { root, errors } = parseSvg(svg);
    expect(errors).toEqual([]);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const [w, h] = [num(root, 'width'), num(root, 'height')];
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${w} ${h}`);
    expect(w).toBeGreaterThanOrEqual(layout.width);
    expect(h).toBeGreaterThan(layout.height);
    expect(root.getAttribute('role')).toBe('img');
    const [titleId, descId] = root.getAttribute('aria-labelledby')!.split(' ');
    const title = children(root, 'title')[0]!;
    const desc = children(root, 'desc')[0]!;
    expect(title.getAttribute('id')).toBe(titleId);
    expect(title.textContent).toBe('Web developer');
    expect(desc.getAttribute('id')).toBe(descId);
    expect(desc.textContent).toContain('4 sections and 13 topics');
  });

  it('carries no script, event handler, foreignObject or external reference', () => {
    const { root } = parseSvg(svg);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(svg).not.toMatch(/foreignObject|<image|<use|@import|xlink:/i);
    for (const element of all(root, '*')) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name).not.toMatch(/^on/i);
        if (/url\(/.test(attribute.value)) expect(attribute.value).toMatch(/^url\(#[\w-]+\)$/);
        if (attribute.name === 'href') expect(element.tagName).toBe('a');
      }
    }
  });

  it('draws every title from the data as text, never as markup', () => {
    const payloads = ['<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "Tom & Jerry's <b>"];
    const roadmap: Roadmap = {
      id: 'xss',
      title: payloads[1]!,
      description: payloads[0],
      sections: [
        {
          id: 's',
          title: payloads[0]!,
          description: payloads[1],
          topics: [
            { id: 'a', title: payloads[0]!, description: payloads[1] },
            { id: 'b', title: payloads[1]!, resources: [{ title: payloads[0]!, url: 'https://x.test/?a=1&b="2"', type: 'docs' }] },
            { id: 'c', title: payloads[2]! },
          ],
        },
      ],
    };
    const g = buildGraph(roadmap);
    const out = renderSvg(g, handLayout(g));
    const { root, errors } = parseSvg(out);
    expect(errors).toEqual([]);
    expect(all(root, 'svg')).toHaveLength(0);
    expect(all(root, 'img')).toHaveLength(0);
    expect(all(root, 'b')).toHaveLength(0);
    // In a tag, that is: inside text the payloads keep their words, with < and > escaped.
    expect(out).not.toMatch(/<[^>]*\son\w+\s*=/i);
    for (const element of all(root, '*')) for (const a of Array.from(element.attributes)) expect(a.name).not.toMatch(/^on/i);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    const texts = all(root, 'text').map((t) => t.textContent);
    expect(texts).toContain(payloads[0]);
    expect(texts).toContain(payloads[2]);
    expect(shapeOf(root, 'b')!.getAttribute('href')).toBe('https://x.test/?a=1&b="2"');
    expect(children(shapeOf(root, 'a')!, 'title')[0]!.textContent).toBe(`${payloads[0]}\n${payloads[1]}`);
  });

  it('stays well-formed when titles carry characters XML cannot hold, and with an empty layout', () => {
    const roadmap = smallRoadmap();
    roadmap.title = 'Bell\u0007 and \ud800 lone surrogate';
    roadmap.sections[0]!.topics[0]!.title = 'Tab\there\u0000';
    const g = buildGraph(roadmap);
    const { root, errors } = parseSvg(renderSvg(g, handLayout(g)));
    expect(errors).toEqual([]);
    expect(children(root, 'title')[0]!.textContent).toBe('Bell and  lone surrogate');
    const empty = parseSvg(renderSvg(g, { version: 2, hash: 'x', direction: 'DOWN', widthClass: 'wide', width: 0, height: 0, nodes: [], edges: [] }));
    expect(empty.errors).toEqual([]);
    expect(all(empty.root, 'rect').length).toBeGreaterThan(0);
  });

  it('links a topic to its first resource with an allowed URL, and never to a script', () => {
    // Not validated on purpose: the renderer must refuse these URLs itself.
    const link = (url: string) => [{ title: 'R', url, type: 'docs' as const }];
    const roadmap: Roadmap = {
      id: 'links',
      title: 'Links',
      sections: [
        {
          id: 's',
          title: 'S',
          topics: [
            { id: 'web', title: 'Web', resources: link('https://example.com/a') },
            { id: 'relative', title: 'Relative', resources: link('/docs/intro') },
            { id: 'script', title: 'Script', resources: link('javascript:alert(1)') },
            { id: 'hidden', title: 'Hidden', resources: link(' JaVa\tScRiPt:alert(1)') },
            { id: 'data', title: 'Data', resources: link('data:text/html,<script>alert(1)</script>') },
            { id: 'second', title: 'Second', resources: [...link('vbscript:x'), ...link('https://example.com/b')] },
            { id: 'none', title: 'None' },
            { id: 'group', title: 'Group', resources: link('mailto:a@example.com'), topics: [{ id: 'sub', title: 'Sub', resources: link('https://example.com/c') }] },
          ],
        },
      ],
    };
    const g = buildGraph(roadmap);
    const { root } = parseSvg(renderSvg(g, handLayout(g)));
    const anchors = all(root, 'a');
    expect(Object.fromEntries(anchors.map((a) => [a.getAttribute('data-id'), a.getAttribute('href')]))).toEqual({
      web: 'https://example.com/a',
      relative: '/docs/intro',
      second: 'https://example.com/b',
      group: 'mailto:a@example.com',
      sub: 'https://example.com/c',
    });
    for (const a of anchors) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(all(a, 'a')).toHaveLength(0);
    }
    expect(renderSvg(g, handLayout(g))).not.toMatch(/javascript|vbscript|data:/i);
  });

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

  it('has a dark theme, and both themes give text WCAG AA contrast', () => {
    const dark = renderSvg(graph, layout, { theme: 'dark' });
    expect(parseSvg(dark).errors).toEqual([]);
    expect(dark).toContain(`fill="${DARK_THEME.background}"`);
    expect(dark).not.toContain(LIGHT_THEME.topicFill);
    const pairs = (t: SvgTheme) => [
      [t.text, t.background],
      [t.mutedText, t.background],
      [t.text, t.sectionFill],
      [t.text, t.groupFill],
      [t.topicText, t.topicFill],
      [t.choiceText, t.choice],
      ...Object.values(t.levels).map((l) => [l.text, l.fill]),
    ];
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      for (const [fg, bg] of pairs(theme)) expect(contrast(fg!, bg!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      // Borders and lines: WCAG's 3:1 for graphical objects.
      for (const line of [theme.topicStroke, theme.choice, theme.sequenceEdge, theme.requiresEdge]) {
        expect(contrast(line, theme.sectionFill), line).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('theme auto: light colours as fallbacks of custom properties, dark ones under prefers-color-scheme: dark, scoped to the picture', () => {
    const auto = renderSvg(graph, layout, { theme: 'auto' });
    const { root, errors } = parseSvg(auto);
    expect(errors).toEqual([]);
    expect(root.getAttribute('id')).toBe('rg-web-dev');
    // Every colour the light picture paints is there as the fallback of a property, in the same place.
    const light = renderSvg(graph, layout, { theme: 'light' });
    expect(auto.replace(/var\(--rg-svg-[a-z-]+, (#[0-9a-f]{6})\)/g, '$1').replace(/ id="rg-web-dev"|<style>[^<]*<\/style>\n/g, '')).toBe(light);
    const style = all(root, 'style')[0]!.textContent!;
    expect(style).toMatch(/^@media \(prefers-color-scheme: dark\)\{#rg-web-dev\{[^{}]+\}\}$/);
    const dark = new Map([...style.matchAll(/(--rg-svg-[a-z-]+):(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
    expect(dark.get('--rg-svg-background')).toBe(DARK_THEME.background);
    expect(dark.get('--rg-svg-levels-advanced-fill')).toBe(DARK_THEME.levels.advanced.fill);
    // Each property the picture uses gets a dark value.
    for (const [, property] of auto.matchAll(/var\((--rg-svg-[a-z-]+),/g)) expect(dark.has(property!), property).toBe(true);
    expect(auto).not.toMatch(/<script|\son\w+=/i);
  });

  it('takes an id prefix, so that two pictures of one roadmap can share a page, and can scale to its container', () => {
    const a = renderSvg(graph, layout, { idPrefix: 'post-1', fluid: true });
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids(a).every((id) => id.startsWith('post-1'))).toBe(true);
    expect(ids(a)).toContain('post-1-title');
    expect(a).toContain('<style>#post-1{max-width:100%;height:auto}</style>');
    expect(ids(renderSvg(graph, layout, { idPrefix: '2 <b>' }))[0]).toBe('rg-2-b-title');
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

/** Asserts that every title line of every node lies inside the node's box, by the width estimate. */
function expectTextInBoxes(root: Element, g: RoadmapGraph): void {
  let checked = 0;
  for (const node of g.nodes.values()) {
    const shape = shapeOf(root, node.id)!;
    const rect = children(shape, 'rect')[0]!;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => num(rect, a)) as [number, number, number, number];
    for (const text of children(shape, 'text')) {
      const font = { size: num(text, 'font-size'), weight: num(text, 'font-weight') };
      const width = estimateTextWidth(text.textContent!, font);
      const anchor = text.getAttribute('text-anchor');
      const left = num(text, 'x') - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
      expect(left, text.textContent!).toBeGreaterThanOrEqual(x);
      expect(left + width, text.textContent!).toBeLessThanOrEqual(x + w + 1e-6);
      expect(num(text, 'y')).toBeLessThanOrEqual(y + h);
      expect(num(text, 'y') - font.size).toBeGreaterThanOrEqual(y);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(g.nodes.size);
}

function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
