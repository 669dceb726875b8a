import type { Progress } from '@roadmap-graph/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoadmapMap } from '../src/RoadmapMap/index.js';
import type { RoadmapMapProps } from '../src/RoadmapMap/types.js';
import * as palette from '../src/theme/palette.js';
import { boxOf, graph, layout, topicOrder } from './mapFixture.js';

// Every topic node calls stateColors once per render, so its calls count topic renders.
vi.mock('../src/theme/palette.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/theme/palette.js')>();
  return { ...original, stateColors: vi.fn(original.stateColors) };
});

afterEach(cleanup);
beforeEach(() => vi.mocked(palette.stateColors).mockClear());

function renderMap(props: Partial<RoadmapMapProps> = {}) {
  const onSelect = vi.fn();
  const view = render(<RoadmapMap graph={graph} layout={layout} progress={{}} onSelect={onSelect} {...props} />);
  return { ...view, onSelect };
}

function topicButtons(container: HTMLElement): HTMLButtonElement[] {
  return [...container.querySelectorAll<HTMLButtonElement>('button[data-topic-id]')];
}

function viewportTransform(container: HTMLElement): string {
  return container.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
}

describe('RoadmapMap: topics as controls', () => {
  it('renders one button per topic and subtopic, named with title, level, state and prerequisites', () => {
    const progress: Progress = { flask: 'done', 'python-syntax': 'in-progress', kubernetes: 'skipped' };
    const { container } = renderMap({ progress });
    expect(topicButtons(container)).toHaveLength(topicOrder.length);
    // Flask: an alternative in the "pick one" section, with one inherited prerequisite (the previous section).
    expect(screen.getByRole('button', { name: /^Flask, / }).getAttribute('aria-label')).toBe(
      'Flask, intermediate, alternative, done, 1 prerequisite, 5 subtopics',
    );
    expect(screen.getByRole('button', { name: /^Syntax, Types/ }).getAttribute('aria-label')).toMatch(/, beginner, in progress/);
    expect(screen.getByRole('button', { name: /^Kubernetes/ }).getAttribute('aria-label')).toMatch(/advanced, optional, skipped, 2 prerequisites$/);
    // Untouched topics whose prerequisites are all done say so.
    const oop = screen.getByRole('button', { name: /^Object-Oriented/ }).getAttribute('aria-label')!;
    expect(oop).not.toMatch(/next up/);
    expect(screen.getByRole('button', { name: /^Control Flow/ }).getAttribute('aria-label')).toMatch(/next up/);
  });

  it('shows state with a glyph beside the title, not only as a colour, and the level in words under it', () => {
    const { container } = renderMap({ progress: { 'python-syntax': 'done', 'control-flow': 'skipped' }, onStateChange: vi.fn() });
    const topic = (id: string) => container.querySelector(`[data-id="${id}"] .rg-topic`)!;
    const glyph = (id: string) => topic(id).querySelector('.rg-topic__check svg path:last-of-type')?.getAttribute('d') ?? null;
    expect(topic('python-syntax').getAttribute('data-mark')).toBe('done');
    expect(topic('control-flow').getAttribute('data-mark')).toBe('skipped');
    expect(topic('functions-modules').getAttribute('data-mark')).toBe('next');
    // Three states, three different glyphs; a topic with no state has none.
    expect(new Set([glyph('python-syntax'), glyph('control-flow'), glyph('functions-modules')]).size).toBe(3);
    expect(glyph('oop')).toBeNull();
    expect(topic('python-syntax').querySelector('.rg-topic__check')!.getAttribute('title')).toBe('Done: press to clear');
    expect(topic('oop').querySelector('.rg-topic__detail')!.textContent?.trim()).toBe('Intermediate');
  });

  it('labels sections as groups with their progress count, and keeps them out of the tab order', () => {
    const { container } = renderMap({ progress: { 'python-syntax': 'done', 'control-flow': 'done' } });
    const section = screen.getByRole('group', { name: /^Learn Python Fundamentals, section/ });
    expect(section.getAttribute('aria-label')).toBe('Learn Python Fundamentals, section, 2 of 6 done');
    expect(section.querySelector('.rg-section__count')!.textContent).toBe('2/6');
    expect(section.getAttribute('tabindex')).toBeNull();
    // No React Flow wrapper is focusable: exactly one tab stop per topic.
    expect(container.querySelectorAll('.react-flow__node[tabindex]')).toHaveLength(0);
    expect(container.querySelectorAll('.react-flow__edge[tabindex]')).toHaveLength(0);
  });

  it('moves Tab through the topics in topological order', async () => {
    const user = userEvent.setup();
    renderMap();
    const visited: string[] = [];
    for (let i = 0; i < topicOrder.length; i++) {
      await user.tab();
      visited.push((document.activeElement as HTMLElement).dataset.topicId ?? '(not a topic)');
    }
    expect(visited).toEqual(topicOrder);
  });

  it('moves focus with the arrow keys to the nearest topic in that direction', async () => {
    const user = userEvent.setup();
    renderMap();
    const syntax = screen.getByRole('button', { name: /^Syntax, Types/ });
    syntax.focus();
    await user.keyboard('{ArrowRight}');
    const right = (document.activeElement as HTMLElement).dataset.topicId!;
    expect(boxOf(right).x).toBeGreaterThanOrEqual(boxOf('python-syntax').x + boxOf('python-syntax').width);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement?.getAttribute('data-topic-id')).toBe('python-syntax');
    await user.keyboard('{ArrowDown}');
    const below = (document.activeElement as HTMLElement).dataset.topicId!;
    const from = boxOf('python-syntax');
    const to = boxOf(below);
    expect(to.y).toBeGreaterThan(from.y + from.height - 1);
    // In the same column: their horizontal extents overlap.
    expect(to.x < from.x + from.width && from.x < to.x + to.width).toBe(true);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.getAttribute('data-topic-id')).toBe('python-syntax');
  });

  it('selects a topic on click, Enter and Space', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderMap();
    // A whole click as a browser sends it: React Flow's pan gesture sees the mousedown first.
    // (user-event's click sets event.view to null, which d3-zoom's mousedown handler cannot take.)
    const django = screen.getByRole('button', { name: /^Django, / });
    fireEvent.mouseDown(django);
    fireEvent.mouseUp(django);
    fireEvent.click(django);
    expect(onSelect).toHaveBeenLastCalledWith('django');
    screen.getByRole('button', { name: /^SQL Basics/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('sql-basics');
    screen.getByRole('button', { name: /^Containers with Docker/ }).focus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('docker');
    expect(onSelect).toHaveBeenCalledTimes(3);
  });
});

describe('RoadmapMap: rendering work', () => {
  it('re-renders only the topic whose state changed', () => {
    const { rerender, onSelect } = renderMap();
    const counted = vi.mocked(palette.stateColors);
    expect(counted.mock.calls.length).toBeGreaterThanOrEqual(topicOrder.length);
    counted.mockClear();
    rerender(<RoadmapMap graph={graph} layout={layout} progress={{ 'python-syntax': 'in-progress' }} onSelect={onSelect} />);
    expect(counted.mock.calls).toEqual([['in-progress']]);
    counted.mockClear();
    // Done: the topic changes, and no other topic's "next up" mark does.
    rerender(<RoadmapMap graph={graph} layout={layout} progress={{ 'python-syntax': 'done' }} onSelect={onSelect} />);
    expect(counted.mock.calls).toEqual([['done']]);
    counted.mockClear();
    // Finishing the only prerequisite of OOP re-renders it too: it becomes "next up".
    rerender(<RoadmapMap graph={graph} layout={layout} progress={{ 'python-syntax': 'done', 'functions-modules': 'done' }} onSelect={onSelect} />);
    expect(counted.mock.calls.map(([mark]) => mark).sort()).toEqual(['done', 'next']);
  });

  it('re-renders only the topics on the chain when a topic is selected', () => {
    const { rerender, onSelect } = renderMap();
    const counted = vi.mocked(palette.stateColors);
    counted.mockClear();
    rerender(<RoadmapMap graph={graph} layout={layout} progress={{}} onSelect={onSelect} selectedId="flask-restful" />);
    // flask-restful with its prerequisites flask-routing, rest-basics and http-methods, and Flask,
    // which holds it; the rest of the map dims through one class on the map, not per topic.
    expect(counted.mock.calls.length).toBe(5);
  });

  it('dims everything outside the selected topic’s prerequisite chain, unless told not to', () => {
    const { container, rerender, onSelect } = renderMap({ selectedId: 'flask-restful' });
    // One class on the map dims what is not lit (styles/map/chain-highlight.css keeps its text at AA contrast).
    const chainShown = () => container.querySelector('.rg-map')!.classList.contains('rg-map--chain');
    const lit = (id: string) => container.querySelector(`.react-flow__node[data-id="${id}"] > div`)!.className.includes('--lit');
    expect(chainShown()).toBe(true);
    for (const id of ['flask-restful', 'flask-routing', 'rest-basics', 'http-methods', 'flask', 'web-framework']) expect(lit(id), id).toBe(true);
    for (const id of ['django', 'sql-basics', 'databases']) expect(lit(id), id).toBe(false);
    const edgeLit = (id: string) => container.querySelector(`.react-flow__edge[data-id="${id}"] .rg-edge`)!.classList.contains('rg-edge--lit');
    expect(edgeLit('requires:flask-routing->flask-restful')).toBe(true);
    expect(edgeLit('requires:django-orm->django-rest-framework')).toBe(false);
    rerender(<RoadmapMap graph={graph} layout={layout} progress={{}} onSelect={onSelect} selectedId="flask-restful" highlightChain={false} />);
    expect(chainShown()).toBe(false);
  });
});

describe('RoadmapMap: minimap', () => {
  it('shows a minimap only for large roadmaps', () => {
    const { container, unmount } = renderMap();
    expect(container.querySelector('.rg-minimap')).toBeNull();
    unmount();
    const large = renderMap({ minimapThreshold: 20 });
    expect(large.container.querySelector('.rg-minimap')).not.toBeNull();
  });
});

describe('RoadmapMap: routes', () => {
  it('draws every route through the layout’s points, with an arrowhead at the last one', () => {
    const { container } = renderMap();
    const drawn = layout.edges.filter((e) => e.kind === 'sequence' || e.kind === 'requires');
    expect(drawn.length).toBeGreaterThan(0);
    const round = (n: number) => String(Math.round(n * 100) / 100);
    for (const edge of drawn) {
      const group = container.querySelector(`.react-flow__edge[data-id="${edge.id}"]`);
      expect(group, edge.id).not.toBeNull();
      const line = group!.querySelector('.rg-edge__line')!.getAttribute('d')!;
      const arrow = group!.querySelector('.rg-edge__arrow')!.getAttribute('d')!;
      const first = edge.points[0]!;
      expect(line.startsWith(`M${round(first.x)} ${round(first.y)}`), edge.id).toBe(true);
      for (const p of edge.points.slice(1, -1)) expect(line, edge.id).toContain(`${round(p.x)} ${round(p.y)}`);
      const last = edge.points[edge.points.length - 1]!;
      expect(arrow.startsWith(`M${round(last.x)} ${round(last.y)}`), edge.id).toBe(true);
      expect(group!.querySelector('g.rg-edge')!.classList.contains(`rg-edge--${edge.kind}`)).toBe(true);
    }
  });
});

function wheel(target: Element, init: { deltaY: number; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean }): WheelEvent {
  const event = new WheelEvent('wheel', { ...init, bubbles: true, cancelable: true, clientX: 50, clientY: 50 });
  act(() => void target.dispatchEvent(event));
  return event;
}

describe('RoadmapMap: wheel', () => {
  it('cooperative: leaves a plain wheel to the page (and shows how to move the map) and zooms on Ctrl+wheel', () => {
    const { container } = renderMap({ gestures: 'cooperative' });
    const pane = container.querySelector('.react-flow__pane')!;
    const before = viewportTransform(container);
    const plain = wheel(pane, { deltaY: -200 });
    expect(viewportTransform(container)).toBe(before);
    expect(plain.defaultPrevented).toBe(false);
    expect(container.querySelector('.rg-gesture-hint')?.textContent).toMatch(/Drag to move the map/);
    const withCtrl = wheel(pane, { deltaY: -200, ctrlKey: true });
    expect(viewportTransform(container)).not.toBe(before);
    expect(withCtrl.defaultPrevented).toBe(true);
  });

  it('greedy: a plain wheel pans the map (Shift + wheel sideways) and the page keeps still', () => {
    const { container } = renderMap({ gestures: 'greedy' });
    const pane = container.querySelector('.react-flow__pane')!;
    const translate = () => {
      const [, x, y] = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(viewportTransform(container)) ?? [];
      return { x: Number(x), y: Number(y) };
    };
    const start = translate();
    expect(wheel(pane, { deltaY: 120 }).defaultPrevented).toBe(true);
    expect(translate()).toEqual({ x: start.x, y: start.y - 120 });
    expect(wheel(pane, { deltaY: 80, shiftKey: true }).defaultPrevented).toBe(true);
    expect(translate()).toEqual({ x: start.x - 80, y: start.y - 120 });
    expect(container.querySelector('.rg-gesture-hint')).toBeNull();
  });

  it('zooms on ⌘+wheel too, also over a topic', () => {
    const { container } = renderMap();
    const before = viewportTransform(container);
    const event = wheel(container.querySelector('button[data-topic-id="oop"]')!, { deltaY: -200, metaKey: true });
    expect(event.defaultPrevented).toBe(true);
    expect(viewportTransform(container)).not.toBe(before);
  });
});
