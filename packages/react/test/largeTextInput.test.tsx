import { buildGraph, parseRoadmap, readRoadmapText, registerWorkerHandlers, type WorkerScope } from '@roadmap-graph/core';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { INLINE_TEXT_LIMIT } from '../src/roadmapText/inlineTextLimit.js';

// Long JSON text given to useRoadmapData is validated in the layout worker, never on the main
// thread. The worker here is a stand-in that runs the real worker-side handler on a later task
// (or never answers), and counts what it was asked.
// parseRoadmap calls on the "main thread" are counted: those of the stand-in worker are not.
const core = vi.hoisted(() => ({ parseCalls: 0, inWorker: false }));
vi.mock('@roadmap-graph/core', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@roadmap-graph/core')>();
  return {
    ...actual,
    parseRoadmap: (input: unknown) => {
      if (!core.inWorker) core.parseCalls++;
      return actual.parseRoadmap(input);
    },
  };
});

const workers = vi.hoisted(() => ({ created: 0, terminated: 0, requests: [] as unknown[], silent: false }));
vi.mock('../src/createLayoutWorker.js', () => ({
  createLayoutWorker: () => {
    workers.created++;
    const target = new EventTarget();
    // The worker side, as src/layoutWorker.ts installs it; its answers become message events.
    const scope: WorkerScope = {
      onmessage: null,
      postMessage: (message) => target.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) })),
    };
    registerWorkerHandlers({ read: (format, text) => readRoadmapText(format, text) }, scope);
    return Object.assign(target, {
      postMessage(message: unknown) {
        workers.requests.push(message);
        if (workers.silent) return;
        setTimeout(() => {
          core.inWorker = true;
          try {
            scope.onmessage?.(new MessageEvent('message', { data: message }));
          } finally {
            core.inWorker = false;
          }
        }, 0);
      },
      terminate: () => void workers.terminated++,
    }) as unknown as Worker;
  },
}));

const { useRoadmapData } = await import('../src/hooks/useRoadmapData.js');

beforeEach(() => {
  Object.assign(workers, { created: 0, terminated: 0, requests: [], silent: false });
  core.parseCalls = 0;
  vi.stubGlobal('Worker', class {});
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** JSON text of a valid roadmap longer than the inline limit (long descriptions), with a baked layout of nothing. */
function longRoadmapText(extra: Record<string, unknown> = {}): string {
  const topics = Array.from({ length: 40 }, (_, i) => ({ id: `t-${i}`, title: `Topic ${i}`, description: 'd'.repeat(4000), ...(i > 0 ? { requires: [`t-${i - 1}`] } : {}) }));
  const text = JSON.stringify({ id: 'long', title: 'Long', sections: [{ id: 's', title: 'S', topics }], ...extra });
  expect(text.length).toBeGreaterThan(INLINE_TEXT_LIMIT);
  return text;
}

const noLayout = { createEngine: () => ({ layout: () => new Promise<never>(() => {}) }) };

describe('long JSON text', () => {
  test('is validated in the worker, and the map gets the roadmap and graph the worker built', async () => {
    const text = longRoadmapText();
    const { result } = renderHook(() => useRoadmapData(text, noLayout));
    expect(result.current.status).toBe('validating');
    await waitFor(() => expect(result.current.status).toBe('loading'));
    expect(core.parseCalls).toBe(0);
    expect(workers).toMatchObject({ created: 1, terminated: 1 });
    expect(workers.requests).toEqual([{ type: 'roadmap-graph:read', id: expect.any(Number), format: 'json', text }]);
    const data = result.current as Extract<typeof result.current, { status: 'loading' }>;
    expect(data.roadmap.id).toBe('long');
    expect(data.graph.roadmap).toBe(data.roadmap);
    expect([...data.graph.nodes.keys()]).toEqual([...buildGraph((parseRoadmap(text) as { ok: true; roadmap: never }).roadmap).nodes.keys()]);
  });

  test('reports its problems, and JSON syntax errors, as errors', async () => {
    const invalid = longRoadmapText({ unknownKey: 1 });
    const broken = `${longRoadmapText()} trailing`;
    for (const [text, message] of [
      [invalid, 'unknown key "unknownKey"'],
      [broken, 'not valid JSON'],
    ] as const) {
      const { result, unmount } = renderHook(() => useRoadmapData(text, noLayout));
      await waitFor(() => expect(result.current.status).toBe('error'));
      const errors = (result.current as { errors: { message: string }[] }).errors;
      expect(errors.map((error) => error.message).join('\n')).toContain(message);
      unmount();
    }
  });

  test('stops a worker that does not answer at the deadline, and says so', async () => {
    vi.useFakeTimers();
    workers.silent = true;
    const text = longRoadmapText();
    const { result } = renderHook(() => useRoadmapData(text, noLayout));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(result.current).toEqual({
      status: 'error',
      errors: [{ path: '', message: expect.stringMatching(/^this roadmap is \d+ KB of JSON text: checking it took longer than 30 s and was stopped$/) }],
    });
    expect(workers.terminated).toBe(1);
  });

  test('short text and objects are validated at once, without a worker', () => {
    const short = JSON.stringify({ id: 'short', title: 'Short', sections: [{ id: 's', title: 'S', topics: [{ id: 'a', title: 'A' }] }] });
    for (const input of [short, JSON.parse(short) as unknown]) {
      const { result, unmount } = renderHook(() => useRoadmapData(input, noLayout));
      expect(result.current.status).toBe('loading');
      unmount();
    }
    expect(workers.created).toBe(0);
  });
});
