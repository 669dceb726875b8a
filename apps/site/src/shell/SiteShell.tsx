import type { ReactNode } from 'react';
import type { PageId } from './pages.js';
import { SiteHeader } from './SiteHeader/index.js';
import { SiteThemeContext } from './SiteTheme.js';
import { useThemeSetting } from './useThemeSetting.js';

/** Props of {@link SiteShell}. */
export interface SiteShellProps {
  current: PageId;
  children: ReactNode;
}

/**
 * Every page of the site: the shared header, then the page, which reads the theme choice with
 * `useSiteTheme()`. The same tree in the browser (mountPage) and at build time (build/pageMarkup.tsx).
 */
export function SiteShell({ current, children }: SiteShellProps) {
  const [theme, setTheme] = useThemeSetting();
  return (
    <SiteThemeContext.Provider value={theme}>
      <SiteHeader current={current} theme={theme} onThemeChange={setTheme} />
      {children}
    </SiteThemeContext.Provider>
  );
}
