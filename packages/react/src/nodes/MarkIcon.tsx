import type { MarkState } from '../theme/palette.js';
import { MARK_FILL_PATH, MARK_PATHS } from './markPaths.js';

/** Props of {@link MarkIcon}. */
export interface MarkIconProps {
  mark: Exclude<MarkState, 'none'>;
}

/** The glyph of a topic mark; decorative, the mark's text and the topic's name carry the meaning. */
export function MarkIcon({ mark }: MarkIconProps) {
  return (
    <svg className="rg-topic-mark__icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      {mark === 'in-progress' && <path d={MARK_FILL_PATH} fill="currentColor" />}
      <path d={MARK_PATHS[mark]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
