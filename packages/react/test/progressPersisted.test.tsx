import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useProgress } from '../src/hooks/useProgress.js';
import { memoryStorage } from '../src/storage/memoryStorage.js';
import type { ProgressStorage } from '../src/storage/types.js';
import { Toolbar } from '../src/Toolbar/index.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const refusing = (failLoad: boolean): ProgressStorage => ({
  load: () => {
    if (failLoad) throw new DOMException('Access is denied for this document.', 'SecurityError');
    return undefined;
  },
  save: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
});

describe('useProgress: whether progress is kept', () => {
  test('stays persisted while storage works', async () => {
    const storage = memoryStorage();
    const { result } = renderHook(() => useProgress({ roadmapId: 'r', storage }));
    act(() => result.current.setState('a', 'done'));
    await act(async () => {});
    expect(result.current).toMatchObject({ progress: { a: 'done' }, persisted: true });
  });

  test('is not persisted once a save fails (storage full), and progress stays in memory', async () => {
    const storage = refusing(false);
    const { result } = renderHook(() => useProgress({ roadmapId: 'r', storage }));
    expect(result.current.persisted).toBe(true);
    act(() => result.current.setState('a', 'done'));
    await act(async () => {});
    expect(result.current).toMatchObject({ progress: { a: 'done' }, persisted: false });
  });

  test('is not persisted when storage cannot even be read (disabled)', async () => {
    const storage = refusing(true);
    const { result } = renderHook(() => useProgress({ roadmapId: 'r', storage }));
    await act(async () => {});
    expect(result.current.persisted).toBe(false);
  });

  test('controlled progress is the caller’s to keep', async () => {
    const storage = refusing(true);
    const { result } = renderHook(() => useProgress({ roadmapId: 'r', progress: {}, storage }));
    await act(async () => {});
    expect(result.current.persisted).toBe(true);
  });
});

test('the toolbar says quietly that progress will not last, only when it will not', () => {
  const props = {
    roadmapId: 'r',
    query: '',
    onQueryChange: () => {},
    search: { results: [], activeIndex: -1, next: () => undefined, previous: () => undefined, setActive: () => undefined },
    summary: { done: 1, total: 3 },
    progress: { a: 'done' as const },
    onReset: () => {},
    onImport: () => {},
    outlineOpen: false,
  };
  const { rerender } = render(<Toolbar {...props} />);
  expect(screen.queryByText(/does not keep your progress/)).toBeNull();
  rerender(<Toolbar {...props} progressUnsaved />);
  const note = screen.getByText('This browser does not keep your progress: it lasts until you leave the page. Export it to keep it.');
  expect(note.getAttribute('role')).toBe('status');
});
