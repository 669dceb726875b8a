import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** Where an element's view renders; see {@link createViewRoot}. */
export interface ViewRoot {
  /** Whether the view is on (between `start` and `stop`). */
  readonly started: boolean;
  /** Takes over `frame` (its placeholder goes) and renders the view. */
  start(): void;
  /** Renders the view again, once for all changes made in the same task. */
  render(): void;
  /** Unmounts the view (and with it the map's layout worker) and empties `frame`. */
  stop(): void;
}

/**
 * A React root in `frame` that renders `view()`: renders are batched to one microtask, so that
 * setting several attributes or properties in a row renders once, with all of them.
 */
export function createViewRoot(frame: HTMLElement, view: () => ReactElement): ViewRoot {
  let root: Root | undefined;
  let queued = false;
  const viewRoot: ViewRoot = {
    get started() {
      return root !== undefined;
    },
    start() {
      if (root !== undefined) return;
      frame.replaceChildren();
      root = createRoot(frame);
      viewRoot.render();
    },
    render() {
      if (queued || root === undefined) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        root?.render(view());
      });
    },
    stop() {
      const current = root;
      root = undefined;
      try {
        current?.unmount();
      } catch {
        // Nothing the page could act on; the frame is emptied below anyway.
      }
      frame.replaceChildren();
    },
  };
  return viewRoot;
}
