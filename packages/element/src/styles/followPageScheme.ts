import { readPageScheme, subscribePageScheme } from '@roadmap-graph/react';

/**
 * Keeps the element's custom states `page-dark` / `page-light` in step with the page's own theme
 * toggle (see the React package's `readPageScheme`), which the shadow root's style sheet reads
 * for `theme="auto"` (see hostTheme.ts). Neither state when the page sets none: the reader's
 * `prefers-color-scheme` applies. Returns the way to stop following.
 */
export function followPageScheme(host: HTMLElement, internals: ElementInternals): () => void {
  const states = internals.states as CustomStateSet | undefined;
  if (!states) return () => {};
  const update = (): void => {
    const scheme = readPageScheme(host.ownerDocument);
    try {
      if (scheme === 'dark') states.add('page-dark');
      else states.delete('page-dark');
      if (scheme === 'light') states.add('page-light');
      else states.delete('page-light');
    } catch {
      // A browser that only knows the older "--name" states: the system setting applies.
    }
  };
  update();
  return subscribePageScheme(host.ownerDocument, update);
}
