import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import '@roadmap-graph/react/style.css';
import '../styles/site.css';
import type { PageId } from './pages.js';
import { SiteHeader } from './SiteHeader/index.js';
import { SiteThemeContext } from './SiteTheme.js';
import { useThemeSetting } from './useThemeSetting.js';

function SiteShell({ current, children }: { current: PageId; children: ReactNode }) {
  const [theme, setTheme] = useThemeSetting();
  return (
    <SiteThemeContext.Provider value={theme}>
      <SiteHeader current={current} theme={theme} onThemeChange={setTheme} />
      {children}
    </SiteThemeContext.Provider>
  );
}

/**
 * Renders one page of the site into `#root`, under the shared header; the page reads the
 * theme choice with `useSiteTheme()`. An `app` page fills the window exactly (no page scroll),
 * for the full-page map and the playground.
 */
export function mountPage(current: PageId, page: ReactNode, options: { app?: boolean } = {}): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');
  if (options.app) document.body.classList.add('site-app');
  createRoot(root).render(
    <StrictMode>
      <SiteShell current={current}>{page}</SiteShell>
    </StrictMode>,
  );
}
