import { choiceForks, DETAIL_SEPARATOR, nextTopics, topicState, type GraphNode, type Progress, type ProgressSummary, type RoadmapGraph } from '@roadmap-graph/core';
import {
  arrowHead,
  describeTopic,
  detailLines,
  LAYERS,
  levelColors,
  MARK_FILL_PATH,
  MARK_PATHS,
  routePath,
  stateColors,
  type MapModel,
  type MarkState,
} from '@roadmap-graph/react/internal';
import type { LabelsInUse } from '@roadmap-graph/react/internal';
import { html, styled, svg } from './dom.js';

/** What the first map's picture shows. */
export interface CanvasInput {
  graph: RoadmapGraph;
  model: MapModel;
  progress: Progress;
  /** progressSummary of the graph and progress (the toolbar's count has it already). */
  summary: ProgressSummary;
  /** The element's words and their number format. */
  words: LabelsInUse;
}

// The map's own markup (React Flow nodes from the React package's TopicNode and SectionNode, and
// RouteEdge) with the same classes, so the same style sheet draws it; React Flow's wrappers are
// replaced by absolutely placed boxes in the same stacking order (sections, routes, topics).

function box(id: string, model: MapModel, zIndex: number, content: Element): HTMLElement {
  const { x, y, width, height } = model.boxes.get(id)!;
  const wrapper = html('div', { 'data-first-map-node': id }, [content]);
  return styled(wrapper, {
    position: 'absolute',
    'box-sizing': 'border-box',
    'transform-origin': '0 0',
    transform: `translate(${x}px, ${y}px)`,
    width: `${width}px`,
    height: `${height}px`,
    'z-index': String(zIndex),
    'pointer-events': 'all',
  });
}

function section(node: GraphNode, number: number, done: number, total: number, { labels, format }: LabelsInUse): Element {
  const complete = total > 0 && done >= total;
  return html('div', { class: complete ? 'rg-section rg-section--complete' : 'rg-section' }, [
    html('div', { class: 'rg-section__header', 'aria-hidden': 'true' }, [
      html('span', { class: 'rg-section__number' }, [String(number)]),
      html('span', { class: 'rg-section__title' }, [node.title]),
      node.choice && html('span', { class: 'rg-pick-one' }, [labels.pickOne]),
      total > 0 && html('span', { class: 'rg-section__count' }, [`${format.number(done)}/${format.number(total)}`]),
    ]),
  ]);
}

function markIcon(mark: Exclude<MarkState, 'none'>): Element {
  return svg('svg', { class: 'rg-topic-mark__icon', viewBox: '0 0 12 12', width: 12, height: 12, 'aria-hidden': 'true', focusable: 'false' }, [
    mark === 'in-progress' && svg('path', { d: MARK_FILL_PATH, fill: 'currentColor' }),
    svg('path', { d: MARK_PATHS[mark], fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
  ]);
}

function detail(lines: readonly string[], node: GraphNode): Element {
  const level = node.level ? levelColors(node.level) : undefined;
  const parts: (Node | string)[] = [];
  lines.forEach((line, i) => {
    const words: (Node | string)[] = [];
    if (i === 0 && level) words.push(styled(html('span', { class: 'rg-topic__dot' }), { background: level.fill }));
    line.split(DETAIL_SEPARATOR).forEach((word, w) => {
      if (w > 0) words.push(' ');
      words.push(html('span', { class: w > 0 ? 'rg-topic__word rg-topic__word--after' : 'rg-topic__word' }, [word]));
    });
    parts.push(' ', html('span', { class: 'rg-topic__detail-line' }, words));
  });
  return html('span', { class: 'rg-topic__detail', 'aria-hidden': 'true' }, parts);
}

function topic(node: GraphNode, mark: MarkState, label: string, lines: readonly string[], headerHeight: number | undefined, labels: LabelsInUse['labels']): Element {
  const group = node.children.length > 0;
  const names = ['rg-topic', group ? 'rg-topic--group' : 'rg-topic--leaf'];
  if (node.optional) names.push('rg-topic--optional');
  if (node.alternativeOf !== null) names.push('rg-topic--alternative');
  const colors = stateColors(mark);
  const aside =
    group && (node.level || node.choice)
      ? html('span', { class: 'rg-topic__aside', 'aria-hidden': 'true' }, [
          node.level && html('span', { class: 'rg-topic__level' }, [labels.levels[node.level]]),
          node.level && node.choice && ' ',
          node.choice && html('span', { class: 'rg-pick-one' }, [labels.pickOne]),
        ])
      : null;
  const button = html('button', { type: 'button', class: 'rg-topic__button', 'data-topic-id': node.id, 'aria-label': label, 'aria-expanded': 'false' }, [
    html('span', { class: 'rg-topic__title' }, [node.title]),
    aside && ' ',
    aside,
    !group && lines.length > 0 && detail(lines, node),
  ]);
  if (group && headerHeight !== undefined) styled(button, { height: `${headerHeight}px` });
  const glyph = mark === 'none' ? null : markIcon(mark);
  const title = mark === 'none' || mark === 'next' ? labels.markDoneHint : labels.clearHint(labels.states[mark]);
  const check = group
    ? null
    : html('button', { type: 'button', class: 'rg-topic__check', tabindex: -1, 'data-check-id': node.id, 'aria-label': labels.markDone(node.title), 'aria-pressed': mark === 'done' ? 'true' : 'false', title }, [glyph]);
  const element = html('div', { class: names.join(' '), 'data-mark': mark }, [button, check]);
  return styled(element, { '--rg-node-accent': colors.accent, '--rg-node-bg': colors.background, '--rg-node-mark-text': colors.text });
}

/**
 * The map's picture in map coordinates, to place in a positioned viewport: section boxes, the
 * layout's routes, topic boxes with their marks and checks, and "or" between alternatives, as
 * the interactive map draws them, for what `model` holds.
 */
export function drawCanvas({ graph, model, progress, summary, words }: CanvasInput): DocumentFragment {
  const sections = new Map(summary.sections.map((s) => [s.id, s]));
  const next = new Set(nextTopics(graph, progress));
  const numbers = new Map(graph.roadmap.sections.map((s, i) => [s.id, i + 1]));
  const details = detailLines(graph, model, words.labels);
  const layer = document.createDocumentFragment();
  const routes = styled(svg('svg', { 'aria-hidden': 'true' }), { position: 'absolute', overflow: 'visible', 'pointer-events': 'none', 'z-index': String(LAYERS.edge) });
  for (const edge of model.edges) {
    const head = arrowHead(edge.points);
    routes.append(
      svg('g', { class: `rg-edge rg-edge--${edge.kind}` }, [svg('path', { class: 'rg-edge__line', d: routePath(head.points) }), svg('path', { class: 'rg-edge__arrow', d: head.path })]),
    );
  }
  layer.append(routes);
  for (const id of model.order) {
    const node = graph.nodes.get(id)!;
    if (node.kind === 'section') {
      const count = sections.get(id);
      layer.append(box(id, model, LAYERS.section, section(node, numbers.get(id) ?? 0, count?.done ?? 0, count?.total ?? 0, words)));
      continue;
    }
    const state = topicState(progress, id);
    const nextUp = next.has(id);
    const label = describeTopic(node, { state, nextUp, prerequisites: model.prerequisiteCounts.get(id) ?? 0, match: 'none' }, words);
    const zIndex = node.children.length > 0 ? LAYERS.group + node.depth : LAYERS.leaf;
    layer.append(box(id, model, zIndex, topic(node, state ?? (nextUp ? 'next' : 'none'), label, details.get(id) ?? [], model.headerHeights.get(id), words.labels)));
  }
  for (const fork of choiceForks(graph, model.boxes)) {
    // Without a z-index, like React Flow's viewport portal: over the sections, under routes and topics.
    layer.append(styled(html('span', { class: 'rg-or', 'aria-hidden': 'true' }, [words.labels.or]), { left: `${fork.x}px`, top: `${fork.y}px` }));
  }
  return layer;
}
