import type { TopicState } from './types.js';

/**
 * How each progress state reads, on the map's marks, in the panel, the outline and the legend, so
 * states read without telling colours apart.
 */
export const STATE_LABELS: Readonly<Record<TopicState, string>> = {
  done: 'Done',
  'in-progress': 'In progress',
  skipped: 'Skipped',
};

/** How a topic ready to learn (see `nextTopics`) is marked. */
export const NEXT_LABEL = 'Next up';
