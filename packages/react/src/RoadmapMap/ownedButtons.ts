import type { RoadmapGraph } from '@roadmap-graph/core';
import type { MapModel } from './buildMapModel.js';

/** Id of the button of the topic at `index` in the map's order, unique on the page through `prefix`. */
export function buttonId(prefix: string, index: number): string {
  return `${prefix}-topic-${index}`;
}

/** Id of the check button beside the title of the topic at `index`. */
export function checkId(prefix: string, index: number): string {
  return `${buttonId(prefix, index)}-check`;
}

/**
 * For each section, the ids of its mounted topics' buttons in reading order, each topic's check
 * after it when the map has checks. React Flow draws every node as a sibling; `aria-owns` makes
 * them children of their section's labelled group in the accessibility tree, so a screen reader
 * announces the section when the reader enters it and finds each check beside its topic. Only
 * mounted topics are listed (`shown`, `null` for all): an id that names nothing is an error.
 */
export function ownedButtons(
  graph: RoadmapGraph,
  model: MapModel,
  prefix: string,
  checkable: boolean,
  shown: ReadonlySet<string> | null,
): Map<string, string> {
  const owned = new Map<string, string[]>();
  model.order.forEach((id, index) => {
    const node = graph.nodes.get(id)!;
    if (node.kind === 'section' || (shown !== null && !shown.has(id))) return;
    const list = owned.get(node.section) ?? [];
    list.push(buttonId(prefix, index));
    if (checkable && node.children.length === 0) list.push(checkId(prefix, index));
    owned.set(node.section, list);
  });
  return new Map([...owned].map(([section, ids]) => [section, ids.join(' ')]));
}
