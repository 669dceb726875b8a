import { bakedLayoutFor, type LayoutEngine, type Roadmap } from '@roadmap-graph/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoadmapGraph } from '../src/RoadmapGraph/index.js';
import { memoryStorage } from '../src/storage/memoryStorage.js';
import { roadmap } from './mapFixture.js';

// Lets a test decide how wide the component's box is, as a ResizeObserver would report it.
let boxWidth = 1200;
class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, contentRect: { width: boxWidth } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  boxWidth = 1200;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function click(element: Element) {
  // As a browser sends it, so React Flow's pan gesture sees the mousedown (see RoadmapMap.test).
  fireEvent.mouseDown(element);
  fireEvent.mouseUp(element);
  fireEvent.click(element);
}

describe('RoadmapGraph', () => {
  it('renders the map in a themed root with the given height', () => {
    const { container } = render(<RoadmapGraph roadmap={roadmap} theme="dark" height={720} className="mine" storage={memoryStorage()} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe('rg-root mine');
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.height).toBe('720px');
    expect(container.querySelectorAll('button[data-topic-id]').length).toBeGreaterThan(40);
    expect(screen.getByRole('application', { name: 'Python Backend Developer: map' })).toBeTruthy();
  });

  it('shows every problem of invalid data with its path instead of a map', () => {
    const { container } = render(<RoadmapGraph roadmap={{ id: 'Not A Slug', title: '', sections: [] }} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('id')).toBeTruthy();
    expect(within(alert).getByText('title')).toBeTruthy();
    expect(within(alert).getByText('sections')).toBeTruthy();
    expect(container.querySelector('.react-flow')).toBeNull();
    expect((container.firstElementChild as HTMLElement).classList.contains('rg-root')).toBe(true);
  });

  it('shows a skeleton while the layout is computed, then the map', async () => {
    const { layout: _baked, ...unbaked } = roadmap;
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const { createElkEngine } = await import('../../core/src/layout/elkNodeEngine.js');
    const elk = createElkEngine();
    const createLayoutEngine = vi.fn(
      (): LayoutEngine => ({
        layout: async (graph, signal) => {
          await gate;
          return elk.layout(graph, signal);
        },
      }),
    );
    const { container } = render(<RoadmapGraph roadmap={unbaked} createLayoutEngine={createLayoutEngine} storage={memoryStorage()} />);
    expect(screen.getByText('Laying out the roadmap…').getAttribute('role')).toBe('status');
    expect(container.querySelector('.rg-skeleton')).not.toBeNull();
    expect(container.querySelector('button[data-topic-id]')).toBeNull();
    await act(async () => finish());
    // ELK itself runs here (in this thread): on a busy machine that takes more than a second.
    await waitFor(() => expect(container.querySelector('button[data-topic-id="flask"]')).not.toBeNull(), { timeout: 15_000 });
    expect(container.querySelector('.rg-skeleton')).toBeNull();
    expect(createLayoutEngine).toHaveBeenCalledTimes(1);
  });

  it('opens the panel on a topic, closes it on Esc and gives focus back to the topic', async () => {
    const user = userEvent.setup();
    const onTopicSelect = vi.fn();
    const { container } = render(<RoadmapGraph roadmap={roadmap} onTopicSelect={onTopicSelect} storage={memoryStorage()} />);
    click(container.querySelector('button[data-topic-id="oop"]')!);
    const panel = screen.getByRole('region', { name: 'Object-Oriented Programming' });
    expect(panel.classList.contains('rg-panel--sheet')).toBe(false);
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    expect(onTopicSelect).toHaveBeenLastCalledWith('oop');
    const oop = container.querySelector('button[data-topic-id="oop"]')!;
    expect(oop.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Object-Oriented Programming' })).toBeNull();
    expect(document.activeElement).toBe(oop);
    expect(onTopicSelect).toHaveBeenLastCalledWith(null);
  });

  it('marks a topic done straight from the map (its check, or D on the focused topic) without opening it, and says so politely', async () => {
    const user = userEvent.setup();
    const onProgressChange = vi.fn();
    const { container } = render(<RoadmapGraph roadmap={roadmap} onProgressChange={onProgressChange} storage={memoryStorage()} />);
    const check = screen.getByRole('button', { name: 'Mark Syntax, Types and Operators as done' });
    expect(check.getAttribute('aria-pressed')).toBe('false');
    click(check);
    expect(onProgressChange).toHaveBeenLastCalledWith({ 'python-syntax': 'done' }, { id: 'python-syntax', state: 'done' });
    expect(check.getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('region')).toBeNull();
    const status = [...container.querySelectorAll('[role="status"]')].map((element) => element.textContent);
    expect(status).toContain('Syntax, Types and Operators: done. 1 of 42 topics done.');
    // The keyboard: D on the focused topic toggles it, here back to not started.
    (container.querySelector('button[data-topic-id="python-syntax"]') as HTMLElement).focus();
    await user.keyboard('d');
    expect(onProgressChange).toHaveBeenLastCalledWith({}, { id: 'python-syntax', state: null });
    expect(check.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('marks progress from the panel and shows it on the map and in the section count', async () => {
    const user = userEvent.setup();
    const { container } = render(<RoadmapGraph roadmap={roadmap} initialTopic="python-syntax" storage={memoryStorage()} />);
    const panel = screen.getByRole('region', { name: 'Syntax, Types and Operators' });
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    const topic = container.querySelector('button[data-topic-id="python-syntax"]')!;
    expect(topic.getAttribute('aria-label')).toMatch(/, done/);
    expect(screen.getByRole('group', { name: /^Learn Python Fundamentals/ }).getAttribute('aria-label')).toMatch(/1 of 6 done$/);
  });

  it('docks the panel beside the map from 1000 px; narrower, it is a sheet over the map that leaves what it hides inert', async () => {
    const user = userEvent.setup();
    const wide = render(<RoadmapGraph roadmap={roadmap} initialTopic="flask" storage={memoryStorage()} />);
    expect(wide.container.querySelector('.rg-body')!.classList.contains('rg-body--docked')).toBe(true);
    expect((wide.container.querySelector('.rg-stage') as HTMLElement & { inert: boolean }).inert).toBe(false);
    cleanup();

    boxWidth = 720;
    const { container } = render(<RoadmapGraph roadmap={roadmap} initialTopic="flask" storage={memoryStorage()} />);
    const sheet = screen.getByRole('region', { name: 'Flask' });
    expect(sheet.classList.contains('rg-panel--sheet')).toBe(true);
    expect(container.querySelector('.rg-body')!.classList.contains('rg-body--docked')).toBe(false);
    // The map and the toolbar under the sheet take no focus or clicks.
    for (const hidden of container.querySelectorAll<HTMLElement & { inert: boolean }>('.rg-stage, .rg-toolbar-area')) expect(hidden.inert).toBe(true);
    // A way back, named for where it goes; it gives the map back and focus to the topic.
    await user.click(within(sheet).getByRole('button', { name: 'Back to the map' }));
    expect(screen.queryByRole('region', { name: 'Flask' })).toBeNull();
    expect((container.querySelector('.rg-stage') as HTMLElement & { inert: boolean }).inert).toBe(false);
    expect(document.activeElement).toBe(container.querySelector('button[data-topic-id="flask"]'));
  });

  it('switches between the map and the outline with the map control', async () => {
    const user = userEvent.setup();
    const { container } = render(<RoadmapGraph roadmap={roadmap} storage={memoryStorage()} />);
    await user.click(screen.getByRole('button', { name: 'Show as outline' }));
    expect(container.querySelector('.react-flow')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain('Learn Flask or Django');
    // Back through the toolbar's toggle, which shows the pressed state.
    const toggle = screen.getByRole('button', { name: 'Outline' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await user.click(toggle);
    expect(container.querySelector('.react-flow')).not.toBeNull();
  });

  it('highlights search matches on the map as the reader types; Enter opens the active one', async () => {
    const user = userEvent.setup();
    const { container } = render(<RoadmapGraph roadmap={roadmap} storage={memoryStorage()} />);
    await user.type(screen.getByRole('combobox', { name: 'Search topics' }), 'flask');
    const matched = [...container.querySelectorAll('.rg-topic--match, .rg-topic--active-match')];
    expect(matched.length).toBeGreaterThan(2);
    expect(container.querySelectorAll('.rg-topic--active-match')).toHaveLength(1);
    expect(container.querySelector('button[data-topic-id="flask"]')!.getAttribute('aria-label')).toMatch(/search match/);
    expect(container.querySelector('button[data-topic-id="django-orm"]')!.getAttribute('aria-label')).not.toMatch(/search match/);
    const activeId = container.querySelector('.rg-topic--active-match button')!.getAttribute('data-topic-id')!;
    await user.keyboard('{Enter}');
    expect(container.querySelector(`button[data-topic-id="${activeId}"]`)!.getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps progress of a controlled caller and reports changes', async () => {
    const user = userEvent.setup();
    const onProgressChange = vi.fn();
    const { container } = render(
      <RoadmapGraph roadmap={roadmap} progress={{ flask: 'done' }} onProgressChange={onProgressChange} initialTopic="django" />,
    );
    expect(container.querySelector('button[data-topic-id="flask"]')!.getAttribute('aria-label')).toMatch(/, done/);
    await user.click(within(screen.getByRole('region', { name: 'Django' })).getByRole('button', { name: 'In progress' }));
    expect(onProgressChange).toHaveBeenCalledWith({ flask: 'done', django: 'in-progress' }, { id: 'django', state: 'in-progress' });
  });
});

describe('RoadmapGraph after a server render', () => {
  it('hydrates the server outline without a mismatch, then the map takes over', async () => {
    const storage = memoryStorage();
    const element = <RoadmapGraph roadmap={roadmap} theme="auto" storage={storage} />;
    const html = renderToString(element);
    expect(html).toContain('class="rg-outline"');
    expect(html).toContain('data-theme="auto"');
    expect(html).not.toContain('react-flow');
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    const onRecoverableError = vi.fn();
    const onCaughtError = vi.fn();
    let root!: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      root = hydrateRoot(host, element, { onRecoverableError, onCaughtError });
    });
    await waitFor(() => expect(host.querySelector('button[data-topic-id="flask"]')).not.toBeNull());
    expect(host.querySelector('.rg-stage .rg-outline')).toBeNull();
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(onCaughtError).not.toHaveBeenCalled();
    act(() => root.unmount());
    host.remove();
  });
});

// Keep the fixture honest: the tests above rely on these facts of the Python roadmap.
it('fixture: the Python roadmap carries a baked layout', () => {
  expect(bakedLayoutFor(roadmap as Roadmap, 'wide')?.nodes.length).toBeGreaterThan(40);
});
