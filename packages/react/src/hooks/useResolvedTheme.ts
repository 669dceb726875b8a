import { useCallback, useSyncExternalStore } from 'react';

/** A theme choice: a fixed palette, or `auto` to follow the reader's system setting. */
export type ThemeSetting = 'light' | 'dark' | 'auto';

const QUERY = '(prefers-color-scheme: dark)';

function darkQuery(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : undefined;
}

/**
 * The palette to draw with: `light` or `dark` as given, and for `auto` the system's
 * `prefers-color-scheme`, followed live when the reader switches it. The server render (and
 * hydration) uses light, so the markup matches; the client then switches if needed.
 *
 * @example
 * const theme = useResolvedTheme(props.theme ?? 'auto');
 * return <div className="rg-root" data-theme={theme} />;
 */
export function useResolvedTheme(theme: ThemeSetting): 'light' | 'dark' {
  const follow = theme === 'auto';
  const subscribe = useCallback(
    (onChange: () => void): (() => void) => {
      const query = follow ? darkQuery() : undefined;
      if (query === undefined) return () => {};
      // Safari before 14 only has the deprecated addListener.
      if (typeof query.addEventListener === 'function') {
        query.addEventListener('change', onChange);
        return () => query.removeEventListener('change', onChange);
      }
      query.addListener(onChange);
      return () => query.removeListener(onChange);
    },
    [follow],
  );
  const systemDark = useSyncExternalStore(subscribe, () => (follow ? darkQuery()?.matches === true : false), () => false);
  if (theme === 'dark' || theme === 'light') return theme;
  return systemDark ? 'dark' : 'light';
}
