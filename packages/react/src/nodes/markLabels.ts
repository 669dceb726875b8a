import { NEXT_LABEL, STATE_LABELS } from '@roadmap-graph/core';
import type { MarkState } from '../theme/palette.js';

/** The words on a topic's mark, so states read without telling colours apart. */
export const MARK_LABELS: Readonly<Record<Exclude<MarkState, 'none'>, string>> = { ...STATE_LABELS, next: NEXT_LABEL };
