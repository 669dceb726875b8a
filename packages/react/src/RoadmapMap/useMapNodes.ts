import { nextTopics, progressSummary, topicState, type Progress, type RoadmapGraph } from '@roadmap-graph/core';
import { Position } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { MapFlowNode, MatchState, SectionNodeData, TopicNodeData } from '../nodes/types.js';
import type { MapModel } from './buildMapModel.js';
import { describeTopic } from './describeTopic.js';
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

/**
 * The React Flow nodes of the map, in topological order. A node object is reused as long as
 * what it shows is unchanged, so React Flow and the memoised node components skip it: a
 * progress change re-renders the topics whose state or "next up" mark changed and the sections
 * whose count changed, nothing else.
 */
export function useMapNodes(graph: RoadmapGraph, model: MapModel, view: MapView): MapFlowNode[] {
  const { progress, selectedId, chain, matches, activeMatch } = view;
  const summary = useMemo(() => new Map(progressSummary(graph, progress).sections.map((s) => [s.id, s])), [graph, progress]);
  const next = useMemo(() => new Set(nextTopics(graph, progress)), [graph, progress]);
  const cache = useRef<{ model: MapModel; nodes: Map<string, MapFlowNode> }>({ model, nodes: new Map() });
  if (cache.current.model !== model) cache.current = { model, nodes: new Map() };

  return useMemo(() => {
    const previous = cache.current.nodes;
    const current = new Map<string, MapFlowNode>();
    const nodes = model.order.map((id): MapFlowNode => {
      const node = graph.nodes.get(id)!;
      const box = model.boxes.get(id)!;
      const before = previous.get(id);
      let flowNode: MapFlowNode;
      if (node.kind === 'section') {
        const count = summary.get(id);
        const data: SectionNodeData = { title: node.title, done: count?.done ?? 0, total: count?.total ?? 0, choice: node.choice };
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
                handles: handles(box.width, box.height),
              };
      } else {
        const state = topicState(progress, id);
        const nextUp = next.has(id);
        const match: MatchState = id === activeMatch ? 'active' : matches.has(id) ? 'match' : 'none';
        const prerequisites = model.prerequisiteCounts.get(id) ?? 0;
        const group = node.children.length > 0;
        const lit = chain !== null && chain.has(id);
        // A container is lifted above the veil only with all its subtopics; the section or
        // topic holding the selected one stays under it, so it cannot hide unlit siblings.
        const lifted = lit && (!group || node.children.every((child) => chain.has(child)));
        const data: TopicNodeData = {
          id,
          title: node.title,
          level: node.level,
          group,
          headerHeight: model.headerHeights.get(id) ?? box.height,
          choice: group && node.choice,
          optional: node.optional,
          alternative: node.alternativeOf !== null,
          mark: state ?? (nextUp ? 'next' : 'none'),
          selected: id === selectedId,
          lit: lifted,
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
                zIndex: group ? (lifted ? LAYERS.litGroup : LAYERS.group) + node.depth : lifted ? LAYERS.litLeaf : LAYERS.leaf,
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
  }, [graph, model, progress, summary, next, selectedId, chain, matches, activeMatch]);
}
