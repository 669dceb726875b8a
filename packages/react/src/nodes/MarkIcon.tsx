import type { MarkState } from '../theme/palette.js';

/** Props of {@link MarkIcon}. */
export interface MarkIconProps {
  mark: Exclude<MarkState, 'none'>;
}

// 12×12 glyphs drawn with currentColor: a tick, a half-filled circle, a hop over a line, an arrow.
const PATHS: Record<MarkIconProps['mark'], string> = {
  done: 'M2.5 6.5l2.5 2.5 4.5-5.5',
  'in-progress': 'M6 1.75a4.25 4.25 0 1 0 0 8.5a4.25 4.25 0 1 0 0-8.5zM6 1.75v8.5',
  skipped: 'M1.5 8.5c1-4 7-4 8 0M9.5 8.5l.2-2.8M9.5 8.5l-2.6-.9',
  next: 'M2 6h7.5M6.5 3l3 3-3 3',
};

/** The glyph of a topic mark; decorative, the mark's text and the topic's name carry the meaning. */
export function MarkIcon({ mark }: MarkIconProps) {
  return (
    <svg className="rg-topic-mark__icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      {mark === 'in-progress' && <path d="M6 1.75a4.25 4.25 0 0 1 0 8.5z" fill="currentColor" />}
      <path d={PATHS[mark]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
