import { bakedLayoutFor, createWorkerEngine, roadmapContentHash, type LayoutEngine, type Roadmap, type RoadmapLayout } from '@roadmap-graph/core';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
// ELK in this thread stands in for the worker; the hook cannot tell the difference.
import { createElkEngine } from '../../core/src/layout/elkNodeEngine.js';
import { useRoadmapData, type RoadmapData, type RoadmapDataOptions } from '../src/hooks/useRoadmapData.js';
import pythonData from '../../../data/python-backend.roadmap.json';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const small: Roadmap = {
  id: 'small',
  title: 'Small',
  sections: [
    { id: 'basics', title: 'Basics', topics: [{ id: 'syntax', title: 'Syntax' }, { id: 'functions', title: 'Functions', requires: ['syntax'] }] },
    { id: 'web', title: 'Web', topics: [{ id: 'flask', title: 'Flask' }] },
  ],
};

/** A fake engine factory that records every engine it makes and every layout asked of them. */
function recordingEngines(layout: (graph: Parameters<LayoutEngine['layout']>[0], signal?: AbortSignal) => ReturnType<LayoutEngine['layout']>) {
  const signals: (AbortSignal | undefined)[] = [];
  const disposed = vi.fn();
  const createEngine = vi.fn((): LayoutEngine & { dispose(): void } => ({
    layout: (graph, signal) => {
      signals.push(signal);
      return layout(graph, signal);
    },
    dispose: disposed,
  }));
  return { createEngine, signals, disposed };
}

function elkEngines() {
  const elk = createElkEngine();
  return recordingEngines((graph, signal) => elk.layout(graph, signal));
}

/** An engine that never finishes unless aborted, like ELK on a huge roadmap. */
function hangingEngines() {
  return recordingEngines(
    (_graph, signal) =>
      new Promise((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
  );
}

function renderData(input: unknown, options: RoadmapDataOptions) {
  return renderHook(({ data, opts }: { data: unknown; opts: RoadmapDataOptions }) => useRoadmapData(data, opts), {
    initialProps: { data: input, opts: options },
  });
}

function ready(data: RoadmapData): Extract<RoadmapData, { status: 'ready' }> {
  if (data.status !== 'ready') throw new Error(`expected ready, got ${JSON.stringify(data).slice(0, 300)}`);
  return data;
}

const python = pythonData as unknown as Roadmap;
const pythonWide = bakedLayoutFor(python, 'wide')!;

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

describe('computing a layout', () => {
  test('loading while the engine runs, then ready with a box for every node', async () => {
    const { createEngine, disposed } = elkEngines();
    const { result } = renderData(small, { createEngine });
    expect(result.current.status).toBe('loading');
    // The outline can be drawn while the layout runs.
    expect(result.current.status === 'loading' && result.current.graph.nodes.size).toBe(5);
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const { layout } = ready(result.current);
    expect(layout.nodes.map((box) => box.id).sort()).toEqual(['basics', 'flask', 'functions', 'syntax', 'web']);
    expect(layout.direction).toBe('DOWN');
    // The engine is released once its layout is done.
    expect(disposed).toHaveBeenCalledTimes(1);
  });

  test('a failing engine becomes an error at path "layout"', async () => {
    const { createEngine } = recordingEngines(() => Promise.reject(new Error('ELK layout failed: out of memory')));
    const { result } = renderData(small, { createEngine });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current).toEqual({
      status: 'error',
      errors: [{ path: 'layout', message: 'could not compute the layout: ELK layout failed: out of memory' }],
    });
  });

  test('an engine factory that throws becomes an error, not a crash', () => {
    const { result } = renderData(small, {
      createEngine: () => {
        throw new Error('no workers here');
      },
    });
    expect(result.current).toEqual({
      status: 'error',
      errors: [{ path: 'layout', message: 'could not start the layout engine: no workers here' }],
    });
  });

  test('the worker engine timeout becomes an error', async () => {
    // A worker that never answers: createWorkerEngine's timeout must end the wait.
    class SilentWorker extends EventTarget {
      postMessage(): void {}
      terminate = vi.fn();
    }
    const workers: SilentWorker[] = [];
    const createEngine = () =>
      createWorkerEngine(() => {
        const worker = new SilentWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      }, { timeoutMs: 50 });
    const { result } = renderData(small, { createEngine });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.status === 'error' && result.current.errors[0]).toEqual({
      path: 'layout',
      message: expect.stringContaining('Layout timed out after 50 ms'),
    });
    expect(workers[0]?.terminate).toHaveBeenCalled();
  });

  test('unmounting aborts a running layout and releases the engine', async () => {
    const { createEngine, signals, disposed } = hangingEngines();
    const { result, unmount } = renderData(small, { createEngine });
    await waitFor(() => expect(signals).toHaveLength(1));
    expect(result.current.status).toBe('loading');
    expect(signals[0]?.aborted).toBe(false);
    unmount();
    expect(signals[0]?.aborted).toBe(true);
    expect(disposed).toHaveBeenCalledTimes(1);
  });

  test('new input aborts the running layout; the result is for the new input only', async () => {
    let calls = 0;
    const elk = createElkEngine();
    const { createEngine, signals } = recordingEngines((graph, signal) => {
      calls++;
      // The first layout hangs until aborted; the second one runs.
      if (calls === 1) return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
      return elk.layout(graph, signal);
    });
    const { result, rerender } = renderData(small, { createEngine });
    await waitFor(() => expect(signals).toHaveLength(1));
    const renamed: Roadmap = { ...small, id: 'renamed', sections: [{ id: 'only', title: 'Only', topics: [{ id: 'one', title: 'One' }] }] };
    rerender({ data: renamed, opts: { createEngine } });
    expect(signals[0]?.aborted).toBe(true);
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const { roadmap, layout } = ready(result.current);
    expect(roadmap.id).toBe('renamed');
    expect(layout.nodes.map((box) => box.id).sort()).toEqual(['one', 'only']);
  });

  test('an inline createEngine does not restart the layout on every render', async () => {
    const { createEngine, signals } = hangingEngines();
    const { rerender } = renderData(small, { createEngine: () => createEngine() });
    await waitFor(() => expect(signals).toHaveLength(1));
    rerender({ data: small, opts: { createEngine: () => createEngine() } });
    rerender({ data: small, opts: { createEngine: () => createEngine() } });
    expect(createEngine).toHaveBeenCalledTimes(1);
    expect(signals[0]?.aborted).toBe(false);
  });

  test('in StrictMode the first, discarded effect run is aborted and a layout still arrives', async () => {
    const { createEngine, signals, disposed } = elkEngines();
    const { result } = renderHook(() => useRoadmapData(small, { createEngine }), { wrapper: StrictMode });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(createEngine).toHaveBeenCalledTimes(2);
    expect(signals[0]?.aborted).toBe(true);
    expect(disposed).toHaveBeenCalledTimes(2);
  });

  test('without Web Workers in a browser, a clear error says to bake a layout', () => {
    expect(typeof Worker).toBe('undefined');
    const { result } = renderData(small, {});
    expect(result.current.status).toBe('error');
    expect(result.current.status === 'error' && result.current.errors[0]?.message).toContain('pass a `layout`, or bake one');
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
