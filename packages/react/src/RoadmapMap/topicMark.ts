import { topicState, type Progress } from '@roadmap-graph/core';
import type { MarkState } from '../theme/palette.js';

/** A topic's mark on the map: its state, else "next" when it is ready to learn, else "none". */
export function topicMark(progress: Progress, next: ReadonlySet<string>, id: string): MarkState {
  return topicState(progress, id) ?? (next.has(id) ? 'next' : 'none');
}
