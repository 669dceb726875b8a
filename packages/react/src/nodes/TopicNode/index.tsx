import { DETAIL_SEPARATOR } from '@roadmap-graph/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Fragment, memo, type CSSProperties } from 'react';
import { levelColors, stateColors } from '../../theme/palette.js';
import { MarkIcon } from '../MarkIcon.js';
import { useLabels } from '../../labels/LabelsContext.js';
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
 * A detail line's words with spaces between them as text, and the separator dot drawn by CSS:
 * the button's text then reads as its accessible name begins ("Flask Intermediate Optional"
 * in "Flask, intermediate, optional, …"), which speech input and WCAG 2.5.3 need.
 */
function DetailWords({ line }: { line: string }) {
  return line.split(DETAIL_SEPARATOR).map((word, i) => (
    <Fragment key={i}>
      {i > 0 && ' '}
      <span className={i > 0 ? 'rg-topic__word rg-topic__word--after' : 'rg-topic__word'}>{word}</span>
    </Fragment>
  ));
}

/** The round mark beside a topic's title: its state at a glance, and a check to mark it done. */
function ProgressCheck({ data }: { data: TopicFlowNode['data'] }) {
  const { labels } = useLabels();
  const glyph = data.mark === 'none' ? null : <MarkIcon mark={data.mark} />;
  const title = data.mark === 'none' || data.mark === 'next' ? labels.markDoneHint : labels.clearHint(labels.states[data.mark]);
  if (!data.checkable) {
    return (
      <span className="rg-topic__check" aria-hidden="true">
        {glyph}
      </span>
    );
  }
  // Not a Tab stop (one per topic is enough: "D" marks the focused topic done), but a real
  // button for a pointer, a finger and a screen reader's cursor.
  return (
    <button
      type="button"
      className="rg-topic__check"
      tabIndex={-1}
      id={data.checkId}
      data-check-id={data.id}
      aria-label={labels.markDone(data.title)}
      aria-pressed={data.mark === 'done'}
      title={title}
    >
      {glyph}
    </button>
  );
}

/**
 * A topic on the map. A topic without subtopics is a box with a check beside its title (its
 * state at a glance: done ✓, in progress ◐, skipped, next up →; a press marks it done) and a
 * line under the title with its level in words. A topic with subtopics is a box around them,
 * its title and level in a header band. Clicks, Enter and Space on the title reach the map
 * through the button's click event; the map finds the topic by `data-topic-id`.
 *
 * Memoised: the map keeps `data` objects of unchanged topics identical, so a progress change
 * re-renders only the topics whose state or highlight changed.
 */
function TopicNodeView({ data }: NodeProps<TopicFlowNode>) {
  const { labels } = useLabels();
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
        {data.group && (data.level || data.choice) && (
          <>
            {' '}
            <span className="rg-topic__aside" aria-hidden="true">
              {data.level && <span className="rg-topic__level">{labels.levels[data.level]}</span>}
              {data.level && data.choice && ' '}
              {data.choice && <span className="rg-pick-one">{labels.pickOne}</span>}
            </span>
          </>
        )}
        {!data.group && data.detail.length > 0 && (
          <span className="rg-topic__detail" aria-hidden="true">
            {data.detail.map((line, i) => (
              <Fragment key={i}>
                {' '}
                <span className="rg-topic__detail-line">
                  {i === 0 && level && <span className="rg-topic__dot" style={{ background: level.fill }} />}
                  <DetailWords line={line} />
                </span>
              </Fragment>
            ))}
          </span>
        )}
      </button>
      {!data.group && <ProgressCheck data={data} />}
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="rg-handle" />
    </div>
  );
}

/** The memoised topic node type of the map. */
export const TopicNode = memo(TopicNodeView);
