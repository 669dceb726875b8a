import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { ZOOM_RANGE } from './useMetaWheelZoom.js';

/**
 * How the map shares the wheel and touch with the page, as maps on the web do.
 * - `cooperative`: the wheel and one finger scroll the page; Ctrl/⌘ + wheel, a pinch or two
 *   fingers move and zoom the map, and a short hint says so the first time a plain wheel or a
 *   one-finger drag lands on the map. For a map inside a page that scrolls (a blog post).
 * - `greedy`: the wheel pans (Shift + wheel sideways), Ctrl/⌘ + wheel zooms, one finger pans.
 *   For a map that is the page.
 * - `auto`: `greedy` while the page itself cannot scroll (the map fills it), else `cooperative`;
 *   decided again whenever the page changes size.
 */
export type GestureMode = 'cooperative' | 'greedy' | 'auto';

/**
 * The hint the map shows over itself: how to move it, for what the reader just tried (`kind`),
 * at the height in the map (`y`, pixels from its top) where they tried it, so that it shows on
 * screen even over a map taller than the window.
 */
export type GestureHint = { kind: 'wheel' | 'touch'; y: number } | null;

/** How long a hint stays after the gesture that called for it. */
const HINT_MS = 1600;
/** Pixels per wheel "line" (deltaMode 1), as browsers scroll pages. */
const LINE = 16;

function pageScrolls(): boolean {
  const page = document.scrollingElement ?? document.documentElement;
  return page.scrollHeight > page.clientHeight + 1 || page.scrollWidth > page.clientWidth + 1;
}

/** A {@link GestureMode} decided: where gestures over the map go now. */
export type ResolvedGestureMode = Exclude<GestureMode, 'auto'>;

/**
 * Decides `auto` from whether the page can scroll, again whenever the page's size changes: the
 * pane's `touch-action` must be right before a finger lands, not once it has.
 */
function useResolvedGestureMode(mode: GestureMode): ResolvedGestureMode {
  const [pageCanScroll, setPageCanScroll] = useState(false);
  useEffect(() => {
    if (mode !== 'auto') return;
    const update = (): void => setPageCanScroll(pageScrolls());
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.documentElement);
    addEventListener('resize', update);
    return () => {
      observer.disconnect();
      removeEventListener('resize', update);
    };
  }, [mode]);
  if (mode !== 'auto') return mode;
  return pageCanScroll ? 'cooperative' : 'greedy';
}

function midpoint(a: Touch, b: Touch): { x: number; y: number } {
  return { x: (a.clientX + b.clientX) / 2, y: (a.clientY + b.clientY) / 2 };
}

function distance(a: Touch, b: Touch): number {
  return Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) || 1;
}

/**
 * Wheel and touch on the map's container by `mode` (see {@link GestureMode}). React Flow keeps
 * mouse dragging, Ctrl + wheel and trackpad pinches; this adds the plain wheel (pan when greedy,
 * a hint when cooperative) and, when cooperative, takes touch away from React Flow: one finger
 * is left to the browser so the page scrolls (the pane's `touch-action` allows it, see
 * styles/map/map.css), two fingers pan and pinch the map here. Returns the mode in force (for
 * the pane's `touch-action`) and the hint to show, if any.
 */
export function useMapGestures(container: RefObject<HTMLElement | null>, mode: GestureMode): { resolved: ResolvedGestureMode; hint: GestureHint } {
  const flow = useReactFlow();
  const resolved = useResolvedGestureMode(mode);
  const cooperative = resolved === 'cooperative';
  const [hint, setHint] = useState<GestureHint>(null);
  const hinted = useRef(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const showHint = useCallback((kind: 'wheel' | 'touch', clientY: number) => {
    if (hinted.current && hideTimer.current === undefined) return;
    const element = container.current;
    if (!element) return;
    hinted.current = true;
    const y = clientY - element.getBoundingClientRect().top;
    setHint({ kind, y: Math.min(Math.max(y, 40), element.clientHeight - 40) });
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => {
      hideTimer.current = undefined;
      setHint(null);
    }, HINT_MS);
  }, [container]);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // Panels (zoom buttons, legend) keep their own behaviour.
    const onPanel = (target: EventTarget | null): boolean => target instanceof Element && target.closest('.react-flow__panel') !== null;

    const onWheel = (event: WheelEvent): void => {
      if (event.ctrlKey || event.metaKey || onPanel(event.target)) return;
      if (cooperative) {
        showHint('wheel', event.clientY);
        return;
      }
      event.preventDefault();
      const unit = event.deltaMode === 1 ? LINE : event.deltaMode === 2 ? element.clientHeight : 1;
      // Shift + wheel pans sideways on mice that have no horizontal wheel.
      const sideways = event.shiftKey && event.deltaX === 0;
      const dx = (sideways ? event.deltaY : event.deltaX) * unit;
      const dy = (sideways ? 0 : event.deltaY) * unit;
      const { x, y, zoom } = flow.getViewport();
      void flow.setViewport({ x: x - dx, y: y - dy, zoom });
    };

    // Two-finger pan and pinch while cooperative, measured from where the two fingers landed.
    let pinch: { a: number; b: number; mid: { x: number; y: number }; span: number; viewport: { x: number; y: number; zoom: number } } | null =
      null;
    let oneFingerStart: { x: number; y: number } | null = null;
    const touchOf = (list: TouchList, id: number): Touch | undefined => Array.from(list).find((touch) => touch.identifier === id);

    const onTouchStart = (event: TouchEvent): void => {
      if (onPanel(event.target) || !cooperative) return;
      // React Flow (d3-zoom) never sees a touch while cooperative: it would pan with one finger.
      event.stopPropagation();
      if (event.touches.length === 2) {
        const [a, b] = [event.touches[0]!, event.touches[1]!];
        pinch = { a: a.identifier, b: b.identifier, mid: midpoint(a, b), span: distance(a, b), viewport: flow.getViewport() };
        oneFingerStart = null;
      } else if (event.touches.length === 1) {
        oneFingerStart = { x: event.touches[0]!.clientX, y: event.touches[0]!.clientY };
      }
    };

    const onTouchMove = (event: TouchEvent): void => {
      if (onPanel(event.target) || !cooperative) return;
      event.stopPropagation();
      if (pinch) {
        const a = touchOf(event.touches, pinch.a);
        const b = touchOf(event.touches, pinch.b);
        if (!a || !b) return;
        if (event.cancelable) event.preventDefault();
        const bounds = element.getBoundingClientRect();
        const { viewport, mid, span } = pinch;
        const zoom = Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, viewport.zoom * (distance(a, b) / span)));
        const now = midpoint(a, b);
        // The map point under the fingers' first midpoint follows the midpoint.
        const px = (mid.x - bounds.left - viewport.x) / viewport.zoom;
        const py = (mid.y - bounds.top - viewport.y) / viewport.zoom;
        void flow.setViewport({ x: now.x - bounds.left - px * zoom, y: now.y - bounds.top - py * zoom, zoom });
        return;
      }
      const start = oneFingerStart;
      const touch = event.touches[0];
      if (start && touch && event.touches.length === 1 && Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > 10) {
        oneFingerStart = null;
        showHint('touch', touch.clientY);
      }
    };

    const onTouchEnd = (event: TouchEvent): void => {
      if (!cooperative) return;
      event.stopPropagation();
      if (event.touches.length < 2) pinch = null;
      if (event.touches.length === 0) oneFingerStart = null;
    };

    const capture = { capture: true, passive: false } as const;
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('touchstart', onTouchStart, capture);
    element.addEventListener('touchmove', onTouchMove, capture);
    element.addEventListener('touchend', onTouchEnd, capture);
    element.addEventListener('touchcancel', onTouchEnd, capture);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('touchstart', onTouchStart, capture);
      element.removeEventListener('touchmove', onTouchMove, capture);
      element.removeEventListener('touchend', onTouchEnd, capture);
      element.removeEventListener('touchcancel', onTouchEnd, capture);
    };
  }, [container, flow, cooperative, showHint]);

  return { resolved, hint };
}
