import type { Level } from '@roadmap-graph/core';
import type { MarkState } from '../theme/palette.js';

/** The words on a topic's mark, so states read without telling colours apart. */
export const MARK_LABELS: Readonly<Record<Exclude<MarkState, 'none'>, string>> = {
  done: 'Done',
  'in-progress': 'In progress',
  skipped: 'Skipped',
  next: 'Next up',
};

/** The letter on a level badge, as in the static SVG renderer. */
export const LEVEL_LETTERS: Readonly<Record<Level, string>> = {
  beginner: 'B',
  intermediate: 'I',
  advanced: 'A',
};
