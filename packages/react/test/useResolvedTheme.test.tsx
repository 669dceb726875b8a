import { act, cleanup, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useResolvedTheme, type ThemeSetting } from '../src/hooks/useResolvedTheme.js';

/** A controllable `prefers-color-scheme: dark` media query. */
function fakeSystemTheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.spyOn(window, 'matchMedia').mockImplementation(() => query as unknown as MediaQueryList);
  return {
    listeners,
    set(next: boolean) {
      dark = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useResolvedTheme', () => {
  test('light and dark are taken as given, whatever the system says', () => {
    fakeSystemTheme(true);
    expect(renderHook(() => useResolvedTheme('light')).result.current).toBe('light');
    fakeSystemTheme(false);
    expect(renderHook(() => useResolvedTheme('dark')).result.current).toBe('dark');
  });

  test('auto follows prefers-color-scheme, live', () => {
    const system = fakeSystemTheme(false);
    const { result } = renderHook(() => useResolvedTheme('auto'));
    expect(result.current).toBe('light');
    act(() => system.set(true));
    expect(result.current).toBe('dark');
    act(() => system.set(false));
    expect(result.current).toBe('light');
  });

  test('stops listening when unmounted or when the theme is no longer auto', () => {
    const system = fakeSystemTheme(true);
    const { result, rerender, unmount } = renderHook(({ theme }: { theme: ThemeSetting }) => useResolvedTheme(theme), {
      initialProps: { theme: 'auto' },
    });
    expect(result.current).toBe('dark');
    expect(system.listeners.size).toBe(1);
    rerender({ theme: 'light' });
    expect(result.current).toBe('light');
    expect(system.listeners.size).toBe(0);
    rerender({ theme: 'auto' });
    expect(system.listeners.size).toBe(1);
    unmount();
    expect(system.listeners.size).toBe(0);
  });

  test('renders light on the server', () => {
    fakeSystemTheme(true);
    function Probe() {
      return <p>{useResolvedTheme('auto')}</p>;
    }
    expect(renderToString(<Probe />)).toBe('<p>light</p>');
  });

  test('works without matchMedia', () => {
    const original = window.matchMedia;
    Object.defineProperty(window, 'matchMedia', { value: undefined, configurable: true, writable: true });
    try {
      expect(renderHook(() => useResolvedTheme('auto')).result.current).toBe('light');
    } finally {
      Object.defineProperty(window, 'matchMedia', { value: original, configurable: true, writable: true });
    }
  });
});
