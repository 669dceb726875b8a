import { useStoreApi, type Transform } from '@xyflow/react';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { viewRect, windowFor, windowServes, type MountWindow } from './mountWindow.js';

/**
 * The part of the map to mount, following React Flow's view: `undefined` before the map is
 * measured (nothing is mounted yet; the map is transparent until its start view is set anyway),
 * `null` while the map has no size (a test DOM, a hidden container: nothing can be culled), else
 * a {@link MountWindow} around the view. A new window is made only when the view leaves the
 * current one (a pan past its overscan), crosses the level-of-detail zoom or shrinks a lot, so a
 * pan re-renders the map every few hundred pixels, not on every frame.
 *
 * Also keeps `--rg-lod-scale` (1 / zoom) on the container while sections are blocks: their
 * labels are drawn at screen size whatever the zoom (styles/map/section-node.css).
 */
export function useMountWindow(container: RefObject<HTMLElement | null>): MountWindow | null | undefined {
  const store = useStoreApi();
  const [mounted, setMounted] = useState<MountWindow | null | undefined>(undefined);
  const current = useRef<MountWindow | null | undefined>(undefined);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    let width = element.clientWidth;
    let height = element.clientHeight;
    let scale = '';
    const apply = (next: MountWindow | null): void => {
      current.current = next;
      setMounted(next);
    };
    const follow = (transform: Transform): void => {
      if (width === 0 || height === 0) {
        if (current.current !== null) apply(null);
        return;
      }
      const zoom = transform[2];
      const view = viewRect(transform, width, height);
      const now = current.current;
      const next = now && windowServes(now, view, zoom) ? now : windowFor(view, zoom);
      if (!next.detail) {
        // Two decimals: enough for text, and no style work on pans, which keep the zoom.
        const value = (1 / zoom).toFixed(2);
        if (value !== scale) element.style.setProperty('--rg-lod-scale', (scale = value));
      }
      if (next !== now) apply(next);
    };
    follow(store.getState().transform);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform) follow(state.transform);
    });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (element.clientWidth === width && element.clientHeight === height) return;
            width = element.clientWidth;
            height = element.clientHeight;
            current.current = undefined;
            follow(store.getState().transform);
          });
    observer?.observe(element);
    return () => {
      unsubscribe();
      observer?.disconnect();
    };
  }, [store, container]);

  return mounted;
}
