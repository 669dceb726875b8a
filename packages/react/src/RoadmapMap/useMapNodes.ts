import { progressSummary, topicState, type Progress, type RoadmapGraph } from '@roadmap-graph/core';
import { useLabels, type LabelsInUse } from '../labels/LabelsContext.js';
import { Position } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { MapFlowNode, MatchState, SectionNodeData, TopicNodeData } from '../nodes/types.js';
import type { MapModel } from './buildMapModel.js';
import { describeTopic } from './describeTopic.js';
import { detailLines } from './detailLines.js';
import { LAYERS } from './layers.js';
import type { MountPlan } from './mountWindow.js';
import { buttonId, checkId, ownedButtons } from './ownedButtons.js';
import { shallowEqual } from './shallowEqual.js';
import { topicMark } from './topicMark.js';

/** What the map currently shows on top of the roadmap. */
export interface MapView {
  progress: Progress;
  selectedId: string | null;
  /** Ids on the highlighted chain; `null` when no chain is shown. */
  chain: ReadonlySet<string> | null;
  matches: ReadonlySet<string>;
  activeMatch: string | null;
  /** Topics ready to learn (core's `nextTopics`). */
  next: ReadonlySet<string>;
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

function sectionLabel(data: SectionNodeData, { labels, format }: LabelsInUse): string {
  const parts = [data.title, labels.section.toLocaleLowerCase(format.lang)];
  if (data.choice) parts.push(labels.pickOne);
  if (data.total > 0) parts.push(labels.doneOfTotal(data.done, data.total, format));
  return parts.join(', ');
}

const NO_DETAIL: readonly string[] = [];

/**
 * The React Flow nodes of the map, in topological order. A node object is reused as long as
 * what it shows is unchanged, so React Flow and the memoised node components skip it: a
 * progress change re-renders the topics whose state or "next up" mark changed and the sections
 * whose count changed, nothing else. `idPrefix` makes the topics' button ids unique on the page.
 *
 * Only what `plan` mounts is given to React Flow: the nodes it shows, and hidden anchors for the
 * ends of the routes it draws. Topics mounted while sections are blocks (focused, open or
 * searched ones) carry `rg-node--pinned`: out of sight until they hold focus.
 */
export function useMapNodes(graph: RoadmapGraph, model: MapModel, view: MapView, idPrefix: string, plan: MountPlan): MapFlowNode[] {
  const { progress, selectedId, chain, matches, activeMatch, next, checkable } = view;
  const summary = useMemo(() => new Map(progressSummary(graph, progress).sections.map((s) => [s.id, s])), [graph, progress]);
  const { shown, anchors, detail } = plan;
  const owned = useMemo(() => ownedButtons(graph, model, idPrefix, checkable, shown), [graph, model, idPrefix, checkable, shown]);
  const sectionNumbers = useMemo(() => new Map(graph.roadmap.sections.map((section, i) => [section.id, i + 1])), [graph]);
  const words = useLabels();
  const details = useMemo(() => detailLines(graph, model, words.labels), [graph, model, words.labels]);
  // New words (a change of `labels`) rename every node: none is reused.
  const cache = useRef<{ model: MapModel; words: LabelsInUse; nodes: Map<string, MapFlowNode> }>({ model, words, nodes: new Map() });
  if (cache.current.model !== model || cache.current.words !== words) cache.current = { model, words, nodes: new Map() };

  return useMemo(() => {
    const previous = cache.current.nodes;
    const current = new Map<string, MapFlowNode>();
    const nodes: MapFlowNode[] = [];
    model.order.forEach((id, index) => {
      const hidden = shown !== null && !shown.has(id);
      if (hidden && !anchors.has(id)) return;
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
          lit: chain?.has(id) ?? false,
          block: !detail,
        };
        flowNode =
          before?.type === 'section' && shallowEqual(before.data, data) && before.hidden === hidden && before.domAttributes?.['aria-owns'] === owned.get(id)
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
                hidden,
                ariaRole: 'group',
                ariaLabel: sectionLabel(data, words),
                domAttributes: { ...NO_ROLE_DESCRIPTION, 'aria-owns': owned.get(id) },
                handles: handles(box.width, box.height),
              };
      } else {
        const state = topicState(progress, id);
        const nextUp = next.has(id);
        const mark = topicMark(progress, next, id);
        const match: MatchState = id === activeMatch ? 'active' : matches.has(id) ? 'match' : 'none';
        const prerequisites = model.prerequisiteCounts.get(id) ?? 0;
        const group = node.children.length > 0;
        const lit = chain?.has(id) ?? false;
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
          mark,
          checkable,
          selected: id === selectedId,
          lit,
          match,
          label: describeTopic(node, { state, nextUp, prerequisites, match }, words),
        };
        const className = detail ? undefined : 'rg-node--pinned';
        flowNode =
          before?.type === 'topic' && shallowEqual(before.data, data) && before.hidden === hidden && before.className === className
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
                hidden,
                className,
                domAttributes: NO_ROLE_DESCRIPTION,
                // React Flow turns pointer events off on nodes that are neither selectable nor
                // draggable; the topic's button must still get clicks.
                style: POINTER_EVENTS,
                handles: handles(box.width, box.height),
              };
      }
      current.set(id, flowNode);
      nodes.push(flowNode);
    });
    cache.current.nodes = current;
    return nodes;
  }, [graph, model, owned, shown, anchors, detail, sectionNumbers, details, idPrefix, progress, summary, next, selectedId, chain, matches, activeMatch, checkable, words]);
}
