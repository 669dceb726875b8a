import { DOMParser, type Element } from '@xmldom/xmldom';
import { expect } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph.js';
import type { GraphNode, RoadmapGraph } from '../../src/graph/types.js';
import { estimateTextWidth } from '../../src/layout/estimateTextWidth.js';
import { LAYOUT_DEFAULTS } from '../../src/layout/resolveLayoutStyle.js';
import { topicDetail } from '../../src/layout/topicDetail.js';
import { wrapText } from '../../src/layout/wrapText.js';
import { renderSvg } from '../../src/render/renderSvg.js';
import type { LayoutBox, LayoutEdge, RoadmapLayout } from '../../src/schema/roadmapSchema.js';
import { smallRoadmap } from './smallRoadmap.js';

// ---- a hand-made layout: sections stacked, children in a row, sized as the ELK layout sizes them

const TOPIC = { size: 14, weight: 500 };
const SECTION = { size: 18, weight: 700 };
const LINE = 1.3;

/** A layout made by hand for the static SVG tests, without ELK. */
export function handLayout(graph: RoadmapGraph): RoadmapLayout {
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

/** Parses an SVG, listing what XML does not allow. */
export function parseSvg(svg: string) {
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

/** Every element of that tag name below `root`. */
export function all(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

/** The element children of that tag name. */
export function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter((c): c is Element => c.nodeType === 1 && (c as Element).tagName === name);
}

/** A numeric attribute. */
export const num = (element: Element, attribute: string) => Number(element.getAttribute(attribute));

/** The `<g>` or `<a>` drawn for a node. */
export function shapeOf(root: Element, id: string): Element | undefined {
  return [...all(root, 'g'), ...all(root, 'a')].find((e) => e.getAttribute('data-id') === id);
}

/** Asserts that every title line of every node lies inside the node's box, by the width estimate. */
export function expectTextInBoxes(root: Element, g: RoadmapGraph): void {
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

/** The small roadmap drawn on the hand-made layout, and its topics. */
export function smallPicture() {
  const graph = buildGraph(smallRoadmap());
  const layout = handLayout(graph);
  const svg = renderSvg(graph, layout);
  const topics = [...graph.nodes.values()].filter((n) => n.kind !== 'section');
  return { graph, layout, svg, topics };
}
