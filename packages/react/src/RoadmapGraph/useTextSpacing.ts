import { useEffect, useState, type RefObject } from 'react';
import { readTextSpacing, sameSpacing, type TextSpacing } from '../layout/textSpacingLayout.js';

/**
 * The text spacing a reader's style sheet imposes (a text-spacing bookmarklet, a user style):
 * read from a hidden probe in the topic title font, and again whenever the probe's size changes,
 * which it does when letter, word or line spacing change. The map then lays out boxes for that
 * text, so nothing overflows (WCAG 1.4.12).
 */
export function useTextSpacing(probe: RefObject<HTMLElement | null>): TextSpacing | undefined {
  const [spacing, setSpacing] = useState<TextSpacing | undefined>(undefined);
  useEffect(() => {
    const element = probe.current;
    if (!element) return;
    const update = (): void => {
      const next = readTextSpacing(element);
      setSpacing((previous) => (sameSpacing(previous, next) ? previous : next));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [probe]);
  return spacing;
}
