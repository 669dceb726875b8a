import { nextTopics, progressSummary, topicState, type Progress, type RoadmapGraph } from '@roadmap-graph/core';
import { Position } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { MapFlowNode, MatchState, SectionNodeData, TopicNodeData } from '../nodes/types.js';
import type { MapModel } from './buildMapModel.js';
import { describeTopic } from './describeTopic.js';
import { detailLines } from './detailLines.js';
import { LAYERS } from './layers.js';
import { shallowEqual } from './shallowEqual.js';

/** What the map currently shows on top of the roadmap. */
export interface MapView {
  progress: Progress;
  selectedId: string | null;
  /** Ids on the highlighted chain; `null` when no chain is shown. */
  chain: ReadonlySet<string> | null;
  matches: ReadonlySet<string>;
  activeMatch: string | null;
  /** Topics have a check that marks them done from the map. */
  checkable: boolean;
}

// React Flow sets aria-roledescription="node" on every node wrapper; on a wrapper without a role
// (topics, whose button is the control) axe reports it, and "node" tells a listener nothing.
const NO_ROLE_DESCRIPTION = { 'aria-roledescription': undefined };


const POINTER_EVENTS = { pointerEvents: 'all' } as const;

function handles(width: number, height: number): MapFlowNode['handles'] {
  return [
    { type: 'target', position: Position.Top, x: width / 2, y: 0, width: 1, height: 1 },
    { type: 'source', position: Position.Bottom, x: width / 2, y: height, width: 1, height: 1 },
  ];
}

function sectionLabel(data: SectionNodeData): string {
  const parts = [data.title, 'section'];
  if (data.choice) parts.push('pick one');
  if (data.total > 0) parts.push(`${data.done} of ${data.total} done`);
  return parts.join(', ');
}

const NO_DETAIL: readonly string[] = [];

/** Id of the button of the topic at `index` in the map's order, unique on the page through `prefix`. */
function buttonId(prefix: string, index: number): string {
  return `${prefix}-topic-${index}`;
}

/** Id of the check button beside the title of the topic at `index`. */
function checkId(prefix: string, index: number): string {
  return `${buttonId(prefix, index)}-check`;
}

/**
 * For each section, the ids of its topics' buttons in reading order, each topic's check after
 * it when the map has checks. React Flow draws every node as a sibling; `aria-owns` makes them
 * children of their section's labelled group in the accessibility tree, so a screen reader
 * announces the section when the reader enters it and finds each check beside its topic.
 */
function ownedButtons(graph: RoadmapGraph, model: MapModel, prefix: string, checkable: boolean): Map<string, string> {
  const owned = new Map<string, string[]>();
  model.order.forEach((id, index) => {
    const node = graph.nodes.get(id)!;
    if (node.kind === 'section') return;
    const list = owned.get(node.section) ?? [];
    list.push(buttonId(prefix, index));
    if (checkable && node.children.length === 0) list.push(checkId(prefix, index));
    owned.set(node.section, list);
  });
  return new Map([...owned].map(([section, ids]) => [section, ids.join(' ')]));
}

/**
 * The React Flow nodes of the map, in topological order. A node object is reused as long as
 * what it shows is unchanged, so React Flow and the memoised node components skip it: a
 * progress change re-renders the topics whose state or "next up" mark changed and the sections
 * whose count changed, nothing else. `idPrefix` makes the topics' button ids unique on the page.
 */
export function useMapNodes(graph: RoadmapGraph, model: MapModel, view: MapView, idPrefix: string): MapFlowNode[] {
  const { progress, selectedId, chain, matches, activeMatch, checkable } = view;
  const summary = useMemo(() => new Map(progressSummary(graph, progress).sections.map((s) => [s.id, s])), [graph, progress]);
  const next = useMemo(() => new Set(nextTopics(graph, progress)), [graph, progress]);
  const owned = useMemo(() => ownedButtons(graph, model, idPrefix, checkable), [graph, model, idPrefix, checkable]);
  const sectionNumbers = useMemo(() => new Map(graph.roadmap.sections.map((section, i) => [section.id, i + 1])), [graph]);
  const details = useMemo(() => detailLines(graph, model), [graph, model]);
  const cache = useRef<{ model: MapModel; nodes: Map<string, MapFlowNode> }>({ model, nodes: new Map() });
  if (cache.current.model !== model) cache.current = { model, nodes: new Map() };

  return useMemo(() => {
    const previous = cache.current.nodes;
    const current = new Map<string, MapFlowNode>();
    const nodes = model.order.map((id, index): MapFlowNode => {
      const node = graph.nodes.get(id)!;
      const box = model.boxes.get(id)!;
      const before = previous.get(id);
      let flowNode: MapFlowNode;
      if (node.kind === 'section') {
        const count = summary.get(id);
        const data: SectionNodeData = {
          title: node.title,
          number: sectionNumbers.get(id) ?? 0,
          done: count?.done ?? 0,
          total: count?.total ?? 0,
          choice: node.choice,
          lit: chain !== null && chain.has(id),
        };
        flowNode =
          before?.type === 'section' && shallowEqual(before.data, data)
            ? before
            : {
                id,
                type: 'section',
                position: { x: box.x, y: box.y },
                width: box.width,
                height: box.height,
                zIndex: LAYERS.section,
                data,
                draggable: false,
                selectable: false,
                connectable: false,
                focusable: false,
                ariaRole: 'group',
                ariaLabel: sectionLabel(data),
                domAttributes: { ...NO_ROLE_DESCRIPTION, 'aria-owns': owned.get(id) },
                handles: handles(box.width, box.height),
              };
      } else {
        const state = topicState(progress, id);
        const nextUp = next.has(id);
        const match: MatchState = id === activeMatch ? 'active' : matches.has(id) ? 'match' : 'none';
        const prerequisites = model.prerequisiteCounts.get(id) ?? 0;
        const group = node.children.length > 0;
        const lit = chain !== null && chain.has(id);
        const data: TopicNodeData = {
          id,
          buttonId: buttonId(idPrefix, index),
          checkId: checkId(idPrefix, index),
          title: node.title,
          level: node.level,
          detail: details.get(id) ?? NO_DETAIL,
          group,
          headerHeight: model.headerHeights.get(id) ?? box.height,
          choice: group && node.choice,
          optional: node.optional,
          alternative: node.alternativeOf !== null,
          mark: state ?? (nextUp ? 'next' : 'none'),
          checkable,
          selected: id === selectedId,
          lit,
          match,
          label: describeTopic(node, { state, nextUp, prerequisites, match }),
        };
        flowNode =
          before?.type === 'topic' && shallowEqual(before.data, data)
            ? before
            : {
                id,
                type: 'topic',
                position: { x: box.x, y: box.y },
                width: box.width,
                height: box.height,
                zIndex: group ? LAYERS.group + node.depth : LAYERS.leaf,
                data,
                draggable: false,
                selectable: false,
                connectable: false,
                focusable: false,
                domAttributes: NO_ROLE_DESCRIPTION,
                // React Flow turns pointer events off on nodes that are neither selectable nor
                // draggable; the topic's button must still get clicks.
                style: POINTER_EVENTS,
                handles: handles(box.width, box.height),
              };
      }
      current.set(id, flowNode);
      return flowNode;
    });
    cache.current.nodes = current;
    return nodes;
  }, [graph, model, owned, sectionNumbers, details, idPrefix, progress, summary, next, selectedId, chain, matches, activeMatch, checkable]);
}
