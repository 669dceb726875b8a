import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useLabels } from '../../labels/LabelsContext.js';
import type { SectionFlowNode } from '../types.js';

/**
 * A section on the map: a box behind its topics, headed by its step number along the path, its
 * title and a progress count such as "7/12" ("pick one" when its topics are alternatives). Not
 * a tab stop; the React Flow wrapper is a labelled group (role and name set on the node by the
 * map) that owns the section's topics, so screen readers hear the section and its count.
 */
function SectionNodeView({ data }: NodeProps<SectionFlowNode>) {
  const { labels, format } = useLabels();
  const complete = data.total > 0 && data.done >= data.total;
  const names = ['rg-section'];
  if (complete) names.push('rg-section--complete');
  if (data.lit) names.push('rg-section--lit');
  return (
    <div className={names.join(' ')}>
      <Handle type="target" position={Position.Top} isConnectable={false} className="rg-handle" />
      <div className="rg-section__header" aria-hidden="true">
        <span className="rg-section__number">{data.number}</span>
        <span className="rg-section__title">{data.title}</span>
        {data.choice && <span className="rg-pick-one">{labels.pickOne}</span>}
        {data.total > 0 && (
          <span className="rg-section__count">
            {format.number(data.done)}/{format.number(data.total)}
          </span>
        )}
      </div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="rg-handle" />
    </div>
  );
}

/** The memoised section node type of the map. */
export const SectionNode = memo(SectionNodeView);
