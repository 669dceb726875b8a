import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { levelColors, stateColors } from '../../theme/palette.js';
import { LEVEL_LETTERS, MARK_LABELS } from '../markLabels.js';
import { MarkIcon } from '../MarkIcon.js';
import type { TopicFlowNode } from '../types.js';

function classNames(data: TopicFlowNode['data']): string {
  const names = ['rg-topic', data.group ? 'rg-topic--group' : 'rg-topic--leaf'];
  if (data.optional) names.push('rg-topic--optional');
  if (data.alternative) names.push('rg-topic--alternative');
  if (data.selected) names.push('rg-topic--selected');
  if (data.lit) names.push('rg-topic--lit');
  if (data.match !== 'none') names.push(`rg-topic--${data.match === 'active' ? 'active-match' : 'match'}`);
  return names.join(' ');
}

/**
 * A topic on the map: a button with the title (the whole box, or the header band of a topic
 * with subtopics, whose subtopics are nodes of their own drawn on top), a level badge, and a
 * mark with an icon and a word for its state or "next up". Clicks, Enter and Space reach the
 * map through the button's click event; the map finds the topic by `data-topic-id`.
 *
 * Memoised: the map keeps `data` objects of unchanged topics identical, so a progress change
 * re-renders only the topics whose state, mark or highlight changed.
 */
function TopicNodeView({ data }: NodeProps<TopicFlowNode>) {
  const colors = stateColors(data.mark);
  const style = {
    '--rg-node-accent': colors.accent,
    '--rg-node-bg': colors.background,
    '--rg-node-mark-text': colors.text,
  } as CSSProperties;
  const level = data.level ? levelColors(data.level) : undefined;
  return (
    <div className={classNames(data)} style={style} data-mark={data.mark}>
      <Handle type="target" position={Position.Top} isConnectable={false} className="rg-handle" />
      <button
        type="button"
        id={data.buttonId}
        className="rg-topic__button"
        data-topic-id={data.id}
        aria-label={data.label}
        aria-expanded={data.selected}
        style={data.group ? { height: data.headerHeight } : undefined}
      >
        <span className="rg-topic__title">{data.title}</span>
      </button>
      {data.choice && (
        <span className="rg-pick-one" aria-hidden="true">
          pick one
        </span>
      )}
      {data.mark !== 'none' && (
        <span className="rg-topic-mark" aria-hidden="true">
          <MarkIcon mark={data.mark} />
          {MARK_LABELS[data.mark]}
        </span>
      )}
      {data.level && level && (
        <span className="rg-level-badge" aria-hidden="true" style={{ background: level.fill, color: level.text }}>
          {LEVEL_LETTERS[data.level]}
        </span>
      )}
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="rg-handle" />
    </div>
  );
}

/** The memoised topic node type of the map. */
export const TopicNode = memo(TopicNodeView);
