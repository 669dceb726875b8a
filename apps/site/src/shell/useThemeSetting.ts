import type { ThemeSetting } from '@roadmap-graph/react';
import { useCallback, useEffect, useState } from 'react';
import { applyThemeSetting, readThemeSetting, THEME_KEY, writeThemeSetting } from './themeSetting.js';

/**
 * The reader's theme choice (light, dark or auto), remembered across visits and pages and
 * followed when another tab changes it.
 *
 * @example
 * const [theme, setTheme] = useThemeSetting();
 * <RoadmapGraph roadmap={roadmap} theme={theme} />
 */
export function useThemeSetting(): [ThemeSetting, (setting: ThemeSetting) => void] {
  const [setting, setSetting] = useState<ThemeSetting>(readThemeSetting);

  useEffect(() => {
    const follow = (event: StorageEvent): void => {
      if (event.key !== THEME_KEY && event.key !== null) return;
      const next = readThemeSetting();
      applyThemeSetting(next);
      setSetting(next);
    };
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, []);

  const change = useCallback((next: ThemeSetting) => {
    writeThemeSetting(next);
    setSetting(next);
  }, []);
  return [setting, change];
}
