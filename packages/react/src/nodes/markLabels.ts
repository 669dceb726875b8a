import type { MarkState } from '../theme/palette.js';

/** The words on a topic's mark, so states read without telling colours apart. */
export const MARK_LABELS: Readonly<Record<Exclude<MarkState, 'none'>, string>> = {
  done: 'Done',
  'in-progress': 'In progress',
  skipped: 'Skipped',
  next: 'Next up',
};
