import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

/** Zoom range of the map; also given to React Flow. */
export const ZOOM_RANGE = { min: 0.2, max: 2 } as const;

/**
 * Zooms on ⌘+wheel (macOS) around the pointer. React Flow zooms on Ctrl+wheel (and on trackpad
 * pinches, which browsers report as Ctrl+wheel) even with page scrolling left alone, but with
 * `preventScrolling` off it ignores ⌘, so this completes "zoom with Ctrl/⌘+wheel". A plain
 * wheel is never touched: it scrolls the host page.
 */
export function useMetaWheelZoom(container: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onWheel = (event: WheelEvent): void => {
      if (!event.metaKey || event.ctrlKey) return;
      event.preventDefault();
      const { x, y, zoom } = flow.getViewport();
      // The same wheel-to-zoom rate d3-zoom uses, so ⌘ and Ctrl feel alike.
      const step = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);
      const next = Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, zoom * 2 ** step));
      if (next === zoom) return;
      const bounds = element.getBoundingClientRect();
      const px = event.clientX - bounds.left;
      const py = event.clientY - bounds.top;
      void flow.setViewport({ x: px - ((px - x) / zoom) * next, y: py - ((py - y) / zoom) * next, zoom: next });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [container, flow]);
}
