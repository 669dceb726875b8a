import type { RoadmapGraph } from '@roadmap-graph/core';
import type { ReactNode } from 'react';
import { useLabels } from '../labels/LabelsContext.js';

/** Props of {@link NodeLinks}. */
export interface NodeLinksProps {
  graph: RoadmapGraph;
  heading: string;
  ids: readonly string[];
  /** The state word shown after each entry, or `undefined` for none. */
  status(id: string): string | undefined;
  onNavigate(id: string): void;
  /** A line under the heading, such as "Pick one". */
  note?: ReactNode;
}

/**
 * A headed list of other topics or sections as buttons that show them in the panel. Buttons,
 * not links: they change what the widget shows, they do not go to another page.
 */
export function NodeLinks({ graph, heading, ids, status, onNavigate, note }: NodeLinksProps) {
  const { labels } = useLabels();
  const known = ids.filter((id) => graph.nodes.has(id));
  if (!known.length) return null;
  return (
    <div className="rg-panel__section">
      <h3 className="rg-panel__subheading">{heading}</h3>
      {note && <p className="rg-panel__note">{note}</p>}
      <ul className="rg-panel__nodes">
        {known.map((id) => {
          const node = graph.nodes.get(id)!;
          const state = status(id);
          return (
            <li key={id}>
              <button type="button" className="rg-panel__node" onClick={() => onNavigate(id)}>
                {node.title}
                {node.kind === 'section' && <span className="rg-panel__kind"> {labels.sectionMark}</span>}
              </button>
              {state && <span className="rg-panel__status"> {state}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
