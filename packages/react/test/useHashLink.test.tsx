import { act, cleanup, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readTopicHash, writeTopicHash } from '../src/urlHash/topicHash.js';
import { useHashLink } from '../src/hooks/useHashLink.js';

const TOPICS = new Set(['flask', 'django', 'docker']);

function setUrl(url: string): void {
  window.history.replaceState(null, '', url);
}

function changeHash(hash: string): void {
  setUrl(`/roadmap${hash}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The hook wired to real selection state, as the map uses it. */
function useMap(enabled = true, initial?: string) {
  const [selected, setSelected] = useState<string | undefined>(initial);
  useHashLink(enabled, selected, setSelected, (id) => TOPICS.has(id));
  return { selected, setSelected };
}

beforeEach(() => setUrl('/roadmap'));
afterEach(cleanup);

describe('hash → selection', () => {
  test('#topic=<id> opens that topic on mount', () => {
    setUrl('/roadmap#topic=flask');
    const { result } = renderHook(() => useMap());
    expect(result.current.selected).toBe('flask');
  });

  test('the topic parameter is found among other parameters', () => {
    setUrl('/roadmap#a=1&topic=django&b=2');
    const { result } = renderHook(() => useMap());
    expect(result.current.selected).toBe('django');
  });

  test('a later hashchange opens the new topic', () => {
    const { result } = renderHook(() => useMap());
    expect(result.current.selected).toBeUndefined();
    act(() => changeHash('#topic=docker'));
    expect(result.current.selected).toBe('docker');
  });

  test('unknown ids are ignored', () => {
    setUrl('/roadmap#topic=cobol');
    const select = vi.fn();
    renderHook(() => useHashLink(true, undefined, select, (id) => TOPICS.has(id)));
    act(() => changeHash('#topic=fortran'));
    expect(select).not.toHaveBeenCalled();
  });

  test('does nothing when disabled', () => {
    setUrl('/roadmap#topic=flask');
    const { result } = renderHook(() => useMap(false));
    expect(result.current.selected).toBeUndefined();
    act(() => result.current.setSelected('docker'));
    expect(window.location.hash).toBe('#topic=flask');
  });
});

describe('selection → hash', () => {
  test('follows the open topic with replaceState, without new history entries', () => {
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const pushState = vi.spyOn(window.history, 'pushState');
    const { result } = renderHook(() => useMap());
    act(() => result.current.setSelected('flask'));
    expect(window.location.hash).toBe('#topic=flask');
    act(() => result.current.setSelected('django'));
    expect(window.location.hash).toBe('#topic=django');
    expect(window.location.pathname).toBe('/roadmap');
    expect(replaceState).toHaveBeenCalledTimes(2);
    expect(pushState).not.toHaveBeenCalled();
    replaceState.mockRestore();
    pushState.mockRestore();
  });

  test('closing removes the topic parameter and keeps the others', () => {
    setUrl('/roadmap?x=1#a=1&topic=flask&b=two%20words');
    const { result } = renderHook(() => useMap());
    expect(result.current.selected).toBe('flask');
    act(() => result.current.setSelected('docker'));
    expect(window.location.hash).toBe('#a=1&b=two%20words&topic=docker');
    act(() => result.current.setSelected(undefined));
    expect(window.location.hash).toBe('#a=1&b=two%20words');
    expect(window.location.search).toBe('?x=1');
  });

  test('closing the only parameter leaves no hash at all', () => {
    setUrl('/roadmap#topic=flask');
    const { result } = renderHook(() => useMap());
    act(() => result.current.setSelected(undefined));
    expect(window.location.hash).toBe('');
    expect(window.location.href.endsWith('/roadmap')).toBe(true);
  });

  test('an initial topic does not rewrite the host page URL on mount', () => {
    setUrl('/roadmap#intro');
    renderHook(() => useMap(true, 'flask'));
    expect(window.location.hash).toBe('#intro');
  });

  test('writing the hash fires no hashchange back (no loop)', () => {
    const onHashChange = vi.fn();
    window.addEventListener('hashchange', onHashChange);
    const { result } = renderHook(() => useMap());
    act(() => result.current.setSelected('flask'));
    window.removeEventListener('hashchange', onHashChange);
    expect(onHashChange).not.toHaveBeenCalled();
  });
});

describe('topic hash parsing', () => {
  test.each([
    ['#topic=flask', 'flask'],
    ['topic=flask', 'flask'],
    ['#a=1&topic=flask', 'flask'],
    ['#topic=fl%61sk', 'flask'],
    ['#topic=', undefined],
    ['#topic', undefined],
    ['#topics=flask', undefined],
    ['#flask', undefined],
    ['#topic=%E0%A4%A', undefined],
    ['', undefined],
  ])('readTopicHash(%j) is %j', (hash, id) => {
    expect(readTopicHash(hash)).toBe(id);
  });

  test.each([
    ['', 'flask', '#topic=flask'],
    ['#topic=django', 'flask', '#topic=flask'],
    ['#a=1', 'flask', '#a=1&topic=flask'],
    ['#intro', 'flask', '#topic=flask'],
    ['#intro', undefined, '#intro'],
    ['#topic=flask', undefined, ''],
    ['#a=1&topic=flask&b=2', undefined, '#a=1&b=2'],
  ])('writeTopicHash(%j, %j) is %j', (hash, id, expected) => {
    expect(writeTopicHash(hash, id)).toBe(expected);
  });
});
