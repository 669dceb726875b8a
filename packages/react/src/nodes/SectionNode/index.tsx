import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useLabels, type LabelsInUse } from '../../labels/LabelsContext.js';
import type { SectionFlowNode } from '../types.js';

interface SectionPartProps {
  data: SectionFlowNode['data'];
  words: LabelsInUse;
}

/** The header of a section drawn with its topics: number, title, "pick one" and count. */
function SectionHeader({ data, words: { labels, format } }: SectionPartProps) {
  return (
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
  );
}

/**
 * A section zoomed out past reading its topics: a block with its number, title and progress,
 * labelled at screen size (the map keeps `--rg-lod-scale` at 1 / zoom), so the whole roadmap
 * reads as its sequence of stages.
 */
function SectionBlock({ data, words: { labels, format } }: SectionPartProps) {
  const share = data.total > 0 ? Math.min(1, data.done / data.total) : 0;
  return (
    <div className="rg-section__block" aria-hidden="true">
      <span className="rg-section__number">{data.number}</span>
      <span className="rg-section__title">{data.title}</span>
      {data.choice && <span className="rg-pick-one">{labels.pickOne}</span>}
      {data.total > 0 && (
        <span className="rg-section__meter">
          <span className="rg-section__meter-bar">
            <span className="rg-section__meter-fill" style={{ width: `${share * 100}%` }} />
          </span>
          <span className="rg-section__count">
            {format.number(data.done)}/{format.number(data.total)}
          </span>
        </span>
      )}
    </div>
  );
}

/**
 * A section on the map: a box behind its topics, headed by its step number along the path, its
 * title and a progress count such as "7/12" ("pick one" when its topics are alternatives). Not
 * a tab stop; the React Flow wrapper is a labelled group (role and name set on the node by the
 * map) that owns the section's topics, so screen readers hear the section and its count.
 */
function SectionNodeView({ data }: NodeProps<SectionFlowNode>) {
  const words = useLabels();
  const complete = data.total > 0 && data.done >= data.total;
  const names = ['rg-section'];
  if (complete) names.push('rg-section--complete');
  if (data.lit) names.push('rg-section--lit');
  if (data.block) names.push('rg-section--block');
  return (
    <div className={names.join(' ')}>
      <Handle type="target" position={Position.Top} isConnectable={false} className="rg-handle" />
      {data.block ? <SectionBlock data={data} words={words} /> : <SectionHeader data={data} words={words} />}
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="rg-handle" />
    </div>
  );
}

/** The memoised section node type of the map. */
export const SectionNode = memo(SectionNodeView);
