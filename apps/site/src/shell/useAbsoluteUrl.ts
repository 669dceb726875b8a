import { useCallback, useSyncExternalStore } from 'react';
import { siteUrl } from './pages.js';

const neverChanges = (): (() => void) => () => {};

/**
 * Absolute URLs of site paths, for snippets pasted into other sites. The build, which
 * pre-renders the pages, cannot know where the site will be served, so it writes the path alone
 * (`/element/roadmap-graph.js`), and so does the first render in the browser, which must match
 * that markup to hydrate; the render right after has the page's address.
 */
export function useAbsoluteUrl(): (path: string) => string {
  const base = useSyncExternalStore(
    neverChanges,
    () => window.location.href,
    () => '',
  );
  return useCallback((path: string) => (base ? new URL(siteUrl(path), base).href : siteUrl(path)), [base]);
}
