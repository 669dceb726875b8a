import { roadmapContentHash, type RoadmapLayout } from '@roadmap-graph/core';
import { cleanup, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useRoadmapData } from '../src/hooks/useRoadmapData.js';
import { elkEngines, python, pythonWide, ready, renderData, small } from './roadmapDataFixture.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('validation', () => {
  test('invalid data gives every problem with its path, and no layout is started', () => {
    const { createEngine } = elkEngines();
    const bad = { id: 'Bad Id', title: '', sections: [{ id: 's', title: 'S', topics: [{ id: 't', title: 'T', requires: ['nowhere'] }] }] };
    const { result } = renderData(bad, { createEngine });
    expect(result.current.status).toBe('error');
    const paths = result.current.status === 'error' ? result.current.errors.map((e) => e.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['id', 'title', 'sections[0].topics[0].requires[0]']));
    expect(createEngine).not.toHaveBeenCalled();
  });

  test('JSON text is accepted as well as objects', async () => {
    const { createEngine } = elkEngines();
    const { result } = renderData(JSON.stringify(small), { createEngine });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(ready(result.current).roadmap.id).toBe('small');
  });

  test('junk text is reported, not thrown', () => {
    const { result } = renderData('{"id": ', {});
    expect(result.current).toMatchObject({ status: 'error', errors: [{ path: '' }] });
  });
});

describe('baked and given layouts', () => {
  test('a fresh baked layout is used at once, without an engine', () => {
    const { createEngine } = elkEngines();
    const { result } = renderData(python, { createEngine });
    const data = ready(result.current);
    expect(data.layout).toEqual(pythonWide);
    expect(data.graph.nodes.get('flask')?.kind).toBe('topic');
    expect(createEngine).not.toHaveBeenCalled();
  });

  test('a stale baked layout is recomputed in its own direction', async () => {
    const { createEngine, signals } = elkEngines();
    const edited = structuredClone(python);
    edited.sections[0]!.topics[0]!.title = 'A title long enough to change every box below it';
    const { result } = renderData(edited, { createEngine });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'), { timeout: 20_000 });
    const { layout, roadmap } = ready(result.current);
    expect(createEngine).toHaveBeenCalledTimes(1);
    expect(signals).toHaveLength(1);
    expect(layout.hash).toBe(roadmapContentHash(roadmap));
    expect(layout.hash).not.toBe(python.layout?.hash);
    expect(layout.direction).toBe('DOWN');
  });

  test('a baked layout in another direction than asked for is recomputed', async () => {
    const { createEngine } = elkEngines();
    const { result } = renderData(python, { createEngine, direction: 'RIGHT' });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'), { timeout: 20_000 });
    expect(ready(result.current).layout.direction).toBe('RIGHT');
  });

  test('a matching layout prop wins, even over the direction option', () => {
    const { createEngine } = elkEngines();
    const { layout: _baked, ...bare } = python;
    const layout = pythonWide;
    const { result } = renderData(bare, { createEngine, layout, direction: 'RIGHT' });
    expect(ready(result.current).layout).toBe(layout);
    expect(createEngine).not.toHaveBeenCalled();
  });

  test('a stale layout prop is recomputed', async () => {
    const { createEngine } = elkEngines();
    const stale: RoadmapLayout = { ...pythonWide, hash: '0000000000000000' };
    const { result } = renderData(python, { createEngine, layout: stale });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'), { timeout: 20_000 });
    expect(ready(result.current).layout.hash).toBe(python.layout!.hash);
    expect(createEngine).toHaveBeenCalledTimes(1);
  });

  test('a malformed layout prop is reported with paths', () => {
    const { result } = renderData(python, { layout: { version: 1, nodes: 'none' } as unknown as RoadmapLayout });
    expect(result.current.status).toBe('error');
    const paths = result.current.status === 'error' ? result.current.errors.map((e) => e.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['layout.nodes', 'layout.hash']));
  });

  test('the same input gives the same result object across renders', () => {
    const { result, rerender } = renderData(python, {});
    const first = result.current;
    rerender({ data: python, opts: {} });
    expect(result.current).toBe(first);
  });
});

describe('server rendering', () => {
  test('renders loading without starting a layout or throwing', () => {
    const createEngine = vi.fn();
    function Probe() {
      const data = useRoadmapData(small, { createEngine });
      return <p>{data.status === 'loading' ? `loading ${data.graph.nodes.size}` : data.status}</p>;
    }
    expect(renderToString(<Probe />)).toBe('<p>loading 5</p>');
    expect(createEngine).not.toHaveBeenCalled();
  });

  test('renders a baked layout as ready', () => {
    function Probe() {
      return <p>{useRoadmapData(python, {}).status}</p>;
    }
    expect(renderToString(<Probe />)).toBe('<p>ready</p>');
  });
});
