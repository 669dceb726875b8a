import { useLabels } from '../labels/LabelsContext.js';
import type { GestureHint } from './useMapGestures.js';

function isApple(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

/**
 * The hint a cooperative map shows over itself when a plain wheel or a one-finger drag lands on
 * it: the page scrolled, and this says how to move the map instead. Not announced: it answers a
 * pointer gesture, and the map's description already tells screen-reader users how to move it.
 */
export function GestureHintView({ hint }: { hint: Exclude<GestureHint, null> }) {
  const { labels } = useLabels();
  const text = hint.kind === 'touch' ? labels.touchHint : labels.wheelHint(isApple() ? '⌘' : 'Ctrl');
  return (
    <div className="rg-gesture-hint" aria-hidden="true">
      <span className="rg-gesture-hint__text" style={{ top: hint.y }}>
        {text}
      </span>
    </div>
  );
}
