import type { TOPIC_STATES } from './topicStates.js';

/** What a learner says about a topic, one of {@link TOPIC_STATES}. Topics without an entry are not started. */
export type TopicState = (typeof TOPIC_STATES)[number];

/** One topic's new state after a change: `state` is `null` when the topic was cleared (not started). */
export interface ProgressChange {
  id: string;
  state: TopicState | null;
}

/** The states of the topics a learner has touched, keyed by topic id. */
export type Progress = Readonly<Record<string, TopicState>>;

/** The learner's progress through one section. */
export interface SectionProgress {
  id: string;
  /** Required topics finished (done or skipped), counting leaves; a choice counts its best alternative. */
  done: number;
  /** Required topics in all. */
  total: number;
  /** Topics marked in progress. */
  inProgress: number;
  complete: boolean;
}

/** Progress per section and over the whole roadmap, from {@link progressSummary}. */
export interface ProgressSummary {
  sections: SectionProgress[];
  overall: { done: number; total: number; percent: number };
}
