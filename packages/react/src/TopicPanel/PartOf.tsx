import type { RoadmapGraph } from '@roadmap-graph/core';
import { useLabels } from '../labels/LabelsContext.js';

/** Props of {@link PartOf}. */
export interface PartOfProps {
  graph: RoadmapGraph;
  id: string;
  onNavigate(id: string): void;
}

/** "Part of Section › Topic": the containers of a topic, each a button that shows it. */
export function PartOf({ graph, id, onNavigate }: PartOfProps) {
  const { labels } = useLabels();
  const ancestors: string[] = [];
  for (let at = graph.nodes.get(id)?.parent ?? null; at !== null; at = graph.nodes.get(at)?.parent ?? null) {
    ancestors.unshift(at);
  }
  if (!ancestors.length) return null;
  return (
    <p className="rg-panel__path">
      {labels.partOf}{' '}
      {ancestors.map((ancestor, i) => (
        <span key={ancestor}>
          {i > 0 && <span aria-hidden="true"> › </span>}
          <button type="button" className="rg-panel__node" onClick={() => onNavigate(ancestor)}>
            {graph.nodes.get(ancestor)!.title}
          </button>
        </span>
      ))}
    </p>
  );
}
