import type { MarkState } from '../theme/palette.js';

/**
 * The 12×12 glyphs of the topic marks, drawn with currentColor: a tick, a half-filled circle, a
 * hop over a line, an arrow. Stroked; see MarkIcon. Plain data, so the element's first map
 * draws the same glyphs without the UI runtime.
 */
export const MARK_PATHS: Readonly<Record<Exclude<MarkState, 'none'>, string>> = {
  done: 'M2.5 6.5l2.5 2.5 4.5-5.5',
  'in-progress': 'M6 1.75a4.25 4.25 0 1 0 0 8.5a4.25 4.25 0 1 0 0-8.5zM6 1.75v8.5',
  skipped: 'M1.5 8.5c1-4 7-4 8 0M9.5 8.5l.2-2.8M9.5 8.5l-2.6-.9',
  next: 'M2 6h7.5M6.5 3l3 3-3 3',
};

/** The filled half of the in-progress glyph, drawn under its stroke. */
export const MARK_FILL_PATH = 'M6 1.75a4.25 4.25 0 0 1 0 8.5z';
