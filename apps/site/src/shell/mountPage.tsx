import { StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import '@roadmap-graph/react/style.css';
import '../styles/site.css';
import type { PageId } from './pages.js';
import { PRERENDERED_ATTRIBUTE } from './prerendered.js';
import { SiteShell } from './SiteShell.js';

/**
 * Renders one page of the site into `#root`, under the shared header: hydrates the markup the
 * build rendered for it (build/prerender.ts), or replaces a notice for readers without
 * JavaScript. An `app` page fills the window exactly (no page scroll), for the full-page map and
 * the playground.
 */
export function mountPage(current: PageId, page: ReactNode, options: { app?: boolean } = {}): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');
  if (options.app) document.body.classList.add('site-app');
  const tree = (
    <StrictMode>
      <SiteShell current={current}>{page}</SiteShell>
    </StrictMode>
  );
  if (root.getAttribute(PRERENDERED_ATTRIBUTE) === 'page') {
    hydrateRoot(root, tree);
    return;
  }
  root.replaceChildren();
  createRoot(root).render(tree);
}
