import type { ThemeSetting } from '@roadmap-graph/react';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { applyThemeSetting, readThemeSetting, THEME_KEY, writeThemeSetting } from './themeSetting.js';

const changed = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  const fromOtherTab = (event: StorageEvent): void => {
    if (event.key === THEME_KEY || event.key === null) onChange();
  };
  changed.add(onChange);
  window.addEventListener('storage', fromOtherTab);
  return () => {
    changed.delete(onChange);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/**
 * The reader's theme choice (light, dark or auto), remembered across visits and pages and
 * followed when another tab changes it. `auto` on the server and while the pre-rendered page
 * hydrates (the build cannot know a reader's choice, and the first render must match its
 * markup); the saved choice right after. The inline script of every page's head has already
 * applied it to the page before the first paint.
 *
 * @example
 * const [theme, setTheme] = useThemeSetting();
 * <RoadmapGraph roadmap={roadmap} theme={theme} />
 */
export function useThemeSetting(): [ThemeSetting, (setting: ThemeSetting) => void] {
  const setting = useSyncExternalStore(subscribe, readThemeSetting, () => 'auto' as const);
  // Another tab's choice reaches this page through storage: follow it on <html> too.
  useEffect(() => applyThemeSetting(setting), [setting]);
  const change = useCallback((next: ThemeSetting) => {
    writeThemeSetting(next);
    for (const onChange of changed) onChange();
  }, []);
  return [setting, change];
}
