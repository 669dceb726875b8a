import { createWorkerEngine, type Roadmap } from '@roadmap-graph/core';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createElkEngine } from '../../core/src/layout/elkNodeEngine.js';
import { useRoadmapData } from '../src/hooks/useRoadmapData.js';
import { elkEngines, hangingEngines, ready, recordingEngines, renderData, small } from './roadmapDataFixture.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
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
