import type { ThemeSetting } from '@roadmap-graph/react';
import { createContext, useContext } from 'react';

/** The theme choice of the site's header, for pages that draw maps or export pictures. */
export const SiteThemeContext = createContext<ThemeSetting>('auto');

/** The reader's theme choice (light, dark or auto) made in the site's header. */
export function useSiteTheme(): ThemeSetting {
  return useContext(SiteThemeContext);
}
