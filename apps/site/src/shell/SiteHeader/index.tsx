import type { ThemeSetting } from '@roadmap-graph/react';
import { PAGES, siteUrl, type PageId } from '../pages.js';
import { ThemeSwitch } from '../ThemeSwitch/index.js';

/** Props of {@link SiteHeader}. */
export interface SiteHeaderProps {
  current: PageId;
  theme: ThemeSetting;
  onThemeChange: (setting: ThemeSetting) => void;
}

/** The bar on top of every page: the project's name, the pages, the theme switch. */
export function SiteHeader({ current, theme, onThemeChange }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <a className="site-skip" href="#main">
        Skip to content
      </a>
      <a className="site-brand" href={siteUrl('')}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="20" height="20">
          <rect x="1" y="1" width="6" height="4" rx="1" fill="var(--site-accent)" />
          <rect x="9" y="11" width="6" height="4" rx="1" fill="var(--site-done)" />
          <path d="M4 5v4h8v2" fill="none" stroke="var(--site-muted)" strokeWidth="1.5" />
        </svg>
        roadmap-graph
      </a>
      <nav aria-label="Site" className="site-nav">
        <ul>
          {PAGES.map((page) => (
            <li key={page.id}>
              <a href={siteUrl(page.path)} aria-current={page.id === current ? 'page' : undefined}>
                {page.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ThemeSwitch value={theme} onChange={onThemeChange} />
    </header>
  );
}
