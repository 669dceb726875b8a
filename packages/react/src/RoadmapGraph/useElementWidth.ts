import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

// useLayoutEffect warns on the server, where nothing is measured anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The width in pixels of an element, followed with a ResizeObserver: the component adapts to
 * the box the host page gives it, not to the window. Measured before the first paint, so the
 * map is drawn for its real width from the start. `undefined` until measured (and on the
 * server, and where ResizeObserver is missing).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
