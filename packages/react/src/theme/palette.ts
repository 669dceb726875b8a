import { scaleOrdinal } from 'd3-scale';
import { LEVELS, TOPIC_STATES, type Level, type TopicState } from '@roadmap-graph/core';

/** Colours of a level badge, as `var(--rg-…)` references into the theme. */
export interface LevelColors {
  /** Badge fill. */
  fill: string;
  /** Letter on the badge. */
  text: string;
}

/** What a topic's mark says: a learner's state, "next" for a topic ready to learn, or nothing. */
export type MarkState = TopicState | 'next' | 'none';

/** Colours of a topic in a state, as `var(--rg-…)` references into the theme. */
export interface StateColors {
  /** Outline of the box and fill of its mark. */
  accent: string;
  /** Fill of the box. */
  background: string;
  /** Text on the mark. */
  text: string;
}

// The range below lists the colours in this order.
const MARK_STATES: readonly MarkState[] = [...TOPIC_STATES, 'next', 'none'];

// The scales hand out references to theme properties rather than colours, so one palette serves
// both themes and host pages restyle through CSS alone.
const levelScale = scaleOrdinal<Level, LevelColors>()
  .domain(LEVELS)
  .range(LEVELS.map((level) => ({ fill: `var(--rg-level-${level})`, text: 'var(--rg-level-text)' })))
  // Without an explicit unknown, an ordinal scale would quietly add new values to its domain.
  .unknown({ fill: 'var(--rg-text-muted)', text: 'var(--rg-bg)' });

const stateScale = scaleOrdinal<MarkState, StateColors>()
  .domain(MARK_STATES)
  .range([
    { accent: 'var(--rg-done)', background: 'var(--rg-done-bg)', text: 'var(--rg-done-text)' },
    { accent: 'var(--rg-in-progress)', background: 'var(--rg-in-progress-bg)', text: 'var(--rg-in-progress-text)' },
    { accent: 'var(--rg-skipped)', background: 'var(--rg-skipped-bg)', text: 'var(--rg-skipped-text)' },
    { accent: 'var(--rg-next)', background: 'var(--rg-topic-bg)', text: 'var(--rg-next-text)' },
    { accent: 'var(--rg-topic-border)', background: 'var(--rg-topic-bg)', text: 'var(--rg-topic-text)' },
  ])
  .unknown({ accent: 'var(--rg-topic-border)', background: 'var(--rg-topic-bg)', text: 'var(--rg-topic-text)' });

/** The badge colours of a level. */
export function levelColors(level: Level): LevelColors {
  return levelScale(level);
}

/** The box and mark colours of a topic in `state`; unknown states get the colours of "not started". */
export function stateColors(state: MarkState): StateColors {
  return stateScale(state);
}
