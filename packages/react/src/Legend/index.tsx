import { LEVELS, TOPIC_STATES } from '@roadmap-graph/core';
import { memo, type CSSProperties, type ReactNode } from 'react';
import { useLabels } from '../labels/LabelsContext.js';
import { MarkIcon } from '../nodes/MarkIcon.js';
import { levelColors, stateColors } from '../theme/palette.js';
import type { LegendProps } from './types.js';

export type { LegendProps } from './types.js';

const MARKS = [...TOPIC_STATES, 'next'] as const;

function Entry({ symbol, children }: { symbol: ReactNode; children: ReactNode }) {
  return (
    <li className="rg-legend__entry">
      <span className="rg-legend__symbol" aria-hidden="true">
        {symbol}
      </span>
      <span>{children}</span>
    </li>
  );
}

function Arrow({ kind }: { kind: 'sequence' | 'requires' }) {
  return (
    <svg className={`rg-edge rg-edge--${kind}`} viewBox="0 0 36 12" width="36" height="12" focusable="false" aria-hidden="true">
      <path className="rg-edge__line" d="M1 6H29" />
      <path className="rg-edge__arrow" d="M35 6L26 2L26 10Z" />
    </svg>
  );
}

/**
 * What the marks on the map mean: the two kinds of arrows, optional and alternative topics, the
 * progress checks and the level dots, drawn with the same classes and palette as the map. A
 * native `<details>`, so it folds with keyboard and screen reader and without script.
 */
function LegendView({ defaultOpen = false, className }: LegendProps) {
  const { labels } = useLabels();
  const chip = (
    <span key="chip" className="rg-pick-one rg-pick-one--inline">
      {labels.pickOne}
    </span>
  );
  return (
    <details className={className ? `rg-legend ${className}` : 'rg-legend'} open={defaultOpen}>
      <summary className="rg-legend__summary">{labels.legend}</summary>
      <ul className="rg-legend__list">
        <Entry symbol={<Arrow kind="sequence" />}>{labels.nextSection}</Entry>
        <Entry symbol={<Arrow kind="requires" />}>{labels.prerequisite}</Entry>
        <Entry symbol={<span className="rg-legend__box rg-legend__box--optional" />}>{labels.optionalTopic}</Entry>
        <Entry symbol={<span className="rg-legend__box rg-legend__box--alternative" />}>{labels.alternatives(chip)}</Entry>
        {MARKS.map((mark) => {
          const colors = stateColors(mark);
          const style = { '--rg-node-accent': colors.accent } as CSSProperties;
          return (
            <Entry
              key={mark}
              symbol={
                <span className="rg-topic rg-legend__check" data-mark={mark} style={style}>
                  <span className="rg-topic__check">
                    <MarkIcon mark={mark} />
                  </span>
                </span>
              }
            >
              {mark === 'next' ? labels.nextUp : labels.states[mark]}
            </Entry>
          );
        })}
        {LEVELS.map((level) => (
          <Entry key={level} symbol={<span className="rg-topic__dot" style={{ background: levelColors(level).fill }} />}>
            {labels.levels[level]}
          </Entry>
        ))}
      </ul>
    </details>
  );
}

/**
 * What the marks on the map mean (see LegendView); memoised, as the map re-renders with every
 * progress change and the legend never changes with it.
 */
export const Legend = memo(LegendView);
