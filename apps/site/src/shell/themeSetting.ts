import type { ThemeSetting } from '@roadmap-graph/react';

/** localStorage key of the reader's theme choice; build/sharedHead.ts puts it in every page's inline script too. */
export const THEME_KEY = 'roadmap-graph-site:theme';

const SETTINGS: readonly ThemeSetting[] = ['light', 'dark', 'auto'];

/** The saved theme choice, `auto` when there is none or storage is unavailable. */
export function readThemeSetting(): ThemeSetting {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return SETTINGS.find((setting) => setting === saved) ?? 'auto';
  } catch {
    return 'auto';
  }
}

/** Saves the choice (best effort: private modes may refuse) and applies it to the page. */
export function writeThemeSetting(setting: ThemeSetting): void {
  try {
    if (setting === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, setting);
  } catch {
    // The choice still holds for this page.
  }
  applyThemeSetting(setting);
}

/** Sets `data-theme` on <html>; site.css picks the palette from it (`auto` follows the system). */
export function applyThemeSetting(setting: ThemeSetting): void {
  document.documentElement.setAttribute('data-theme', setting);
}
