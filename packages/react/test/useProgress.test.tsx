import type { Progress } from '@roadmap-graph/core';
import { act, cleanup, renderHook } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useProgress, type UseProgressOptions } from '../src/hooks/useProgress.js';
import { progressStorageKey } from '../src/storage/progressStorageKey.js';
import { localStorageAdapter } from '../src/storage/localStorageAdapter.js';
import type { ProgressStorage } from '../src/storage/types.js';
import { quotaError } from './quotaError.js';

const KEY = 'roadmap-graph:progress:python-backend';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const useIt = (options: Partial<UseProgressOptions> = {}) => renderHook((props: UseProgressOptions) => useProgress(props), {
  initialProps: { roadmapId: 'python-backend', ...options },
});

describe('useProgress, uncontrolled', () => {
  test('persists in localStorage under the roadmap key and survives a remount', () => {
    const first = useIt();
    act(() => first.result.current.setState('flask', 'done'));
    act(() => first.result.current.setState('django', 'in-progress'));
    expect(first.result.current.progress).toEqual({ flask: 'done', django: 'in-progress' });
    expect(progressStorageKey('python-backend')).toBe(KEY);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ flask: 'done', django: 'in-progress' });
    first.unmount();

    const second = useIt();
    expect(second.result.current.progress).toEqual({ flask: 'done', django: 'in-progress' });
    act(() => second.result.current.setState('flask', undefined));
    expect(second.result.current.progress).toEqual({ django: 'in-progress' });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ django: 'in-progress' });
  });

  test('keeps progress of other roadmaps apart', () => {
    const python = useIt();
    act(() => python.result.current.setState('flask', 'done'));
    const other = useIt({ roadmapId: 'frontend' });
    expect(other.result.current.progress).toEqual({});
    act(() => other.result.current.setState('react', 'skipped'));
    expect(JSON.parse(localStorage.getItem('roadmap-graph:progress:frontend')!)).toEqual({ react: 'skipped' });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ flask: 'done' });
  });

  test('keeps entries for topics it does not know, and never deletes them', () => {
    localStorage.setItem(KEY, JSON.stringify({ 'topic-removed-last-year': 'done', flask: 'in-progress' }));
    const { result } = useIt();
    act(() => result.current.setState('flask', 'done'));
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ 'topic-removed-last-year': 'done', flask: 'done' });
  });

  test('junk in storage reads as no progress, and the next change overwrites it', () => {
    for (const junk of ['{not json', '"done"', '[1,2]', 'null', '42']) {
      localStorage.setItem(KEY, junk);
      const { result, unmount } = useIt();
      expect(result.current.progress).toEqual({});
      unmount();
    }
    localStorage.setItem(KEY, JSON.stringify({ flask: 'done', django: 'mastered', x: 1 }));
    const { result } = useIt();
    expect(result.current.progress).toEqual({ flask: 'done' });
    act(() => result.current.setState('docker', 'done'));
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ flask: 'done', docker: 'done' });
  });

  test('a full storage (quota exceeded) falls back to memory without a crash', () => {
    // happy-dom binds Storage methods per instance, so the method is swapped on the instance.
    const original = localStorage.setItem;
    const setItem = vi.fn(() => {
      throw quotaError();
    });
    Object.defineProperty(localStorage, 'setItem', { value: setItem, configurable: true, writable: true });
    try {
      const { result } = useIt();
      act(() => result.current.setState('flask', 'done'));
      act(() => result.current.setState('django', 'skipped'));
      expect(setItem).toHaveBeenCalledTimes(2);
      expect(result.current.progress).toEqual({ flask: 'done', django: 'skipped' });
      expect(localStorage.getItem(KEY)).toBeNull();
    } finally {
      Object.defineProperty(localStorage, 'setItem', { value: original, configurable: true, writable: true });
    }
  });

  test('storage that throws on access (sandboxed iframe) still gives working progress', () => {
    const denied = localStorageAdapter(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { result } = useIt({ storage: denied });
    expect(result.current.progress).toEqual({});
    act(() => result.current.setState('flask', 'done'));
    expect(result.current.progress).toEqual({ flask: 'done' });
  });

  test('two quick changes in one event build on each other', () => {
    const { result } = useIt();
    act(() => {
      result.current.setState('flask', 'done');
      result.current.setState('django', 'skipped');
    });
    expect(result.current.progress).toEqual({ flask: 'done', django: 'skipped' });
  });

  test('reset clears everything, replace sanitises what it is given, and both report the change', () => {
    const onProgressChange = vi.fn();
    const { result } = useIt({ onProgressChange });
    act(() => result.current.setState('flask', 'done'));
    act(() => result.current.replace({ a: 'done', b: 'bogus', __proto__: null } as unknown as Progress));
    expect(result.current.progress).toEqual({ a: 'done' });
    act(() => result.current.reset());
    expect(result.current.progress).toEqual({});
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({});
    expect(onProgressChange.mock.calls.map(([p]) => p)).toEqual([{ flask: 'done' }, { a: 'done' }, {}]);
  });

  test('reports which topic changed and its new state, and none when several changed at once', () => {
    const onProgressChange = vi.fn();
    const { result } = useIt({ onProgressChange });
    act(() => result.current.setState('flask', 'done'));
    act(() => result.current.setState('flask', undefined));
    act(() => result.current.replace({ a: 'done', b: 'skipped' }));
    act(() => result.current.reset());
    act(() => result.current.replace({ a: 'in-progress' }));
    act(() => result.current.reset());
    expect(onProgressChange.mock.calls.map(([, change]) => change)).toEqual([
      { id: 'flask', state: 'done' },
      { id: 'flask', state: null },
      undefined,
      undefined,
      // A bulk change that touches one topic still names it.
      { id: 'a', state: 'in-progress' },
      { id: 'a', state: null },
    ]);
  });

  test('ignores unknown states and a __proto__ id', () => {
    const { result } = useIt();
    act(() => result.current.setState('flask', 'finished' as never));
    act(() => result.current.setState('__proto__', 'done'));
    expect(result.current.progress).toEqual({});
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test('follows changes made in another tab (storage event)', () => {
    const { result } = useIt();
    act(() => {
      localStorage.setItem(KEY, JSON.stringify({ flask: 'done' }));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify({ flask: 'done' }), storageArea: localStorage }));
    });
    expect(result.current.progress).toEqual({ flask: 'done' });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'roadmap-graph:progress:other', newValue: '{"x":"done"}', storageArea: localStorage }));
    });
    expect(result.current.progress).toEqual({ flask: 'done' });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    });
    expect(result.current.progress).toEqual({});
  });

  test('the server render sees no progress, so hydration markup matches', () => {
    localStorage.setItem(KEY, JSON.stringify({ flask: 'done' }));
    function Count() {
      const { progress } = useProgress({ roadmapId: 'python-backend' });
      return <p>{`${Object.keys(progress).length} touched`}</p>;
    }
    const html = renderToString(<Count />);
    expect(html).toContain('0 touched');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, <Count />, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.textContent).toBe('1 touched');
    act(() => root?.unmount());
    container.remove();
  });
});

describe('useProgress, controlled', () => {
  test('shows the given progress, reports changes and never writes storage', () => {
    const storage: ProgressStorage = { load: vi.fn(() => ({ stored: 'done' as const })), save: vi.fn() };
    const onProgressChange = vi.fn();
    const { result, rerender } = useIt({ progress: { flask: 'done' }, onProgressChange, storage });
    expect(result.current.progress).toEqual({ flask: 'done' });

    act(() => result.current.setState('django', 'skipped'));
    expect(onProgressChange).toHaveBeenLastCalledWith({ flask: 'done', django: 'skipped' }, { id: 'django', state: 'skipped' });
    // Until the owner passes the new value, the shown progress does not change.
    expect(result.current.progress).toEqual({ flask: 'done' });

    rerender({ roadmapId: 'python-backend', progress: { flask: 'done', django: 'skipped' }, onProgressChange, storage });
    expect(result.current.progress).toEqual({ flask: 'done', django: 'skipped' });
    act(() => result.current.reset());
    expect(onProgressChange).toHaveBeenLastCalledWith({}, undefined);
    expect(storage.save).not.toHaveBeenCalled();
    expect(storage.load).not.toHaveBeenCalled();
  });

  test('does not report a change that changes nothing', () => {
    const onProgressChange = vi.fn();
    const { result } = useIt({ progress: { flask: 'done' }, onProgressChange });
    act(() => result.current.setState('flask', 'done'));
    act(() => result.current.setState('django', undefined));
    expect(onProgressChange).not.toHaveBeenCalled();
  });
});
