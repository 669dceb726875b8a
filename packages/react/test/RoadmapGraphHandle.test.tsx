import { bakedLayoutFor } from '@roadmap-graph/core';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoadmapData } from '../src/hooks/useRoadmapData.js';
import { RoadmapGraph } from '../src/RoadmapGraph/index.js';
import type { RoadmapGraphHandle } from '../src/RoadmapGraph/types.js';
import { memoryStorage } from '../src/storage/memoryStorage.js';
import { roadmap } from './mapFixture.js';

// What wrappers (the <roadmap-graph> element) drive the component with: the imperative handle,
// onDataChange, the search / outline settings and the `part` names that ::part() styles.

class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, contentRect: { width: 1200 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

beforeEach(() => vi.stubGlobal('ResizeObserver', FakeResizeObserver));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('RoadmapGraph handle', () => {
  it('opens and closes topics from outside and reports it through onTopicSelect', () => {
    const handle = createRef<RoadmapGraphHandle>();
    const onTopicSelect = vi.fn();
    render(<RoadmapGraph ref={handle} roadmap={roadmap} onTopicSelect={onTopicSelect} storage={memoryStorage()} />);
    let opened = false;
    act(() => {
      opened = handle.current!.openTopic('flask');
    });
    expect(opened).toBe(true);
    expect(screen.getByRole('region', { name: 'Flask' })).toBeTruthy();
    expect(onTopicSelect).toHaveBeenLastCalledWith('flask');

    act(() => {
      opened = handle.current!.openTopic('no-such-topic');
    });
    expect(opened).toBe(false);
    expect(screen.getByRole('region', { name: 'Flask' })).toBeTruthy();

    act(() => handle.current!.closeTopic());
    expect(screen.queryByRole('region', { name: 'Flask' })).toBeNull();
    expect(onTopicSelect).toHaveBeenLastCalledWith(null);
  });

  it('fits the map through React Flow without throwing', () => {
    const handle = createRef<RoadmapGraphHandle>();
    render(<RoadmapGraph ref={handle} roadmap={roadmap} storage={memoryStorage()} />);
    expect(() => act(() => handle.current!.fit())).not.toThrow();
  });

  it('fits the whole roadmap even after the nodes changed (where React Flow fitView would wait for a node update)', async () => {
    // happy-dom lays nothing out; give the map a box so a fit can be computed.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    const handle = createRef<RoadmapGraphHandle>();
    const { container } = render(<RoadmapGraph ref={handle} roadmap={roadmap} storage={memoryStorage()} />);
    const viewport = () => (container.querySelector('.react-flow__viewport') as HTMLElement).style.transform;
    act(() => {
      handle.current!.openTopic('flask');
    });
    act(() => handle.current!.closeTopic());
    const before = viewport();
    act(() => handle.current!.fit());
    await waitFor(() => expect(viewport()).not.toBe(before));
    // The whole roadmap in view: zoomed out below 1.
    const scale = Number(/scale\(([\d.]+)\)/.exec(viewport())?.[1]);
    expect(scale).toBeLessThan(1);
  });

  it('has no handle while the data is invalid', () => {
    const handle = createRef<RoadmapGraphHandle>();
    render(<RoadmapGraph ref={handle} roadmap={{ id: 'x' }} />);
    expect(handle.current).toBeNull();
  });

  it('does not scroll the page when a panel opened from outside takes focus', () => {
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    render(<RoadmapGraph roadmap={roadmap} initialTopic="flask" storage={memoryStorage()} />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Flask' });
    expect(focus.mock.contexts).toContain(heading);
    const call = focus.mock.calls[focus.mock.contexts.indexOf(heading)];
    expect(call?.[0]).toEqual({ preventScroll: true });
  });
});

describe('RoadmapGraph onDataChange', () => {
  it('reports ready with the layout in use', async () => {
    const onDataChange = vi.fn<(data: RoadmapData) => void>();
    render(<RoadmapGraph roadmap={roadmap} onDataChange={onDataChange} storage={memoryStorage()} />);
    await waitFor(() => expect(onDataChange).toHaveBeenCalled());
    const last = onDataChange.mock.lastCall![0];
    expect(last.status).toBe('ready');
    expect(last.status === 'ready' && last.layout).toEqual(bakedLayoutFor(roadmap, 'wide'));
  });

  it('reports every problem of invalid data', async () => {
    const onDataChange = vi.fn<(data: RoadmapData) => void>();
    render(<RoadmapGraph roadmap={{ id: 'Not A Slug', title: '', sections: [] }} onDataChange={onDataChange} />);
    await waitFor(() => expect(onDataChange).toHaveBeenCalled());
    const last = onDataChange.mock.lastCall![0];
    expect(last.status).toBe('error');
    expect(last.status === 'error' && last.errors.map((error) => error.path)).toEqual(expect.arrayContaining(['id', 'title', 'sections']));
  });
});

describe('RoadmapGraph search and outline settings', () => {
  it('hides the search box with search={false}', () => {
    render(<RoadmapGraph roadmap={roadmap} search={false} storage={memoryStorage()} />);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Outline' })).toBeTruthy();
  });

  it('offers no outline with outline="off"', () => {
    const { container } = render(<RoadmapGraph roadmap={roadmap} outline="off" storage={memoryStorage()} />);
    expect(screen.queryByRole('button', { name: 'Outline' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show as outline' })).toBeNull();
    expect(container.querySelector('.react-flow')).not.toBeNull();
  });

  it('opens the outline with outline="open", follows changes of the setting and lets the reader toggle', async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(<RoadmapGraph roadmap={roadmap} outline="open" storage={memoryStorage()} />);
    expect(container.querySelector('.rg-stage .rg-outline')).not.toBeNull();
    expect(container.querySelector('.react-flow')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    expect(container.querySelector('.react-flow')).not.toBeNull();

    rerender(<RoadmapGraph roadmap={roadmap} outline="toggle" storage={memoryStorage()} />);
    expect(container.querySelector('.react-flow')).not.toBeNull();
    rerender(<RoadmapGraph roadmap={roadmap} outline="open" storage={memoryStorage()} />);
    expect(container.querySelector('.rg-stage .rg-outline')).not.toBeNull();
    rerender(<RoadmapGraph roadmap={roadmap} outline="off" storage={memoryStorage()} />);
    expect(container.querySelector('.rg-stage .rg-outline')).toBeNull();
    expect(container.querySelector('.react-flow')).not.toBeNull();
  });
});

describe('RoadmapGraph parts', () => {
  it('names the main parts for ::part() styling', () => {
    const { container } = render(<RoadmapGraph roadmap={roadmap} initialTopic="flask" storage={memoryStorage()} />);
    const parts = [...container.querySelectorAll('[part]')].map((element) => element.getAttribute('part'));
    expect(parts).toEqual(expect.arrayContaining(['root', 'toolbar', 'map', 'panel']));
    expect(container.firstElementChild!.getAttribute('part')).toBe('root');
  });

  it('names the error box and the outline', async () => {
    const user = userEvent.setup();
    const invalid = render(<RoadmapGraph roadmap={{ id: 'x' }} />);
    expect(invalid.container.querySelector('[part="error"]')?.getAttribute('role')).toBe('alert');
    invalid.unmount();
    const { container } = render(<RoadmapGraph roadmap={roadmap} storage={memoryStorage()} />);
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    expect(container.querySelector('[part="outline"]')?.className).toBe('rg-outline');
  });
});
