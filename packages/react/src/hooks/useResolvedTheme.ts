import { useCallback, useSyncExternalStore } from 'react';
import { readPageScheme, subscribePageScheme, type ColorScheme } from '../theme/readPageScheme.js';

/** A theme choice: a fixed palette, or `auto` to follow the page's theme toggle or the reader's system setting. */
export type ThemeSetting = 'light' | 'dark' | 'auto';

const NEVER = (): (() => void) => () => {};

function systemScheme(): ColorScheme {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * For `auto`: the scheme the page sets with its own theme toggle (`<html data-theme="dark">`,
 * `class="dark"`, … see {@link readPageScheme}), followed live; `undefined` when the page sets
 * none, and on the server and while hydrating (the markup keeps `auto`, which CSS resolves).
 */
export function usePageScheme(follow: boolean): ColorScheme | undefined {
  const subscribe = useCallback((onChange: () => void) => (follow && typeof document !== 'undefined' ? subscribePageScheme(document, onChange) : NEVER()), [follow]);
  return useSyncExternalStore(
    subscribe,
    () => (follow && typeof document !== 'undefined' ? readPageScheme(document) : undefined),
    () => undefined,
  );
}

/**
 * The palette to draw with: `light` or `dark` as given, and for `auto` the page's own theme
 * toggle if it has one, else the system's `prefers-color-scheme`, followed live when either
 * changes. The server render (and hydration) uses light, so the markup matches; the client then
 * switches if needed.
 *
 * @example
 * const theme = useResolvedTheme(props.theme ?? 'auto');
 * return <div className="rg-root" data-theme={theme} />;
 */
export function useResolvedTheme(theme: ThemeSetting): ColorScheme {
  const follow = theme === 'auto';
  const subscribe = useCallback((onChange: () => void) => (follow && typeof document !== 'undefined' ? subscribePageScheme(document, onChange) : NEVER()), [follow]);
  const scheme = useSyncExternalStore(
    subscribe,
    () => (follow && typeof document !== 'undefined' ? (readPageScheme(document) ?? systemScheme()) : 'light'),
    () => 'light' as const,
  );
  return theme === 'dark' || theme === 'light' ? theme : scheme;
}
