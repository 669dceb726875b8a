import { bakedLayoutFor, type LayoutEngine, type Roadmap } from '@roadmap-graph/core';
import { renderHook } from '@testing-library/react';
import { vi, type Mock } from 'vitest';
// ELK in this thread stands in for the worker; the hook cannot tell the difference.
import { createElkEngine } from '../../core/src/layout/elkNodeEngine.js';
import { useRoadmapData, type RoadmapData, type RoadmapDataOptions } from '../src/hooks/useRoadmapData.js';
import pythonData from '../../../data/python-backend.roadmap.json';

// Roadmaps and fake layout engines shared by the useRoadmapData tests.

/** Three topics in two sections, one prerequisite: quick to lay out. */
export const small: Roadmap = {
  id: 'small',
  title: 'Small',
  sections: [
    { id: 'basics', title: 'Basics', topics: [{ id: 'syntax', title: 'Syntax' }, { id: 'functions', title: 'Functions', requires: ['syntax'] }] },
    { id: 'web', title: 'Web', topics: [{ id: 'flask', title: 'Flask' }] },
  ],
};

/** A recorded engine factory: every engine it made, and the signal of every layout asked of them. */
export interface RecordedEngines {
  createEngine: Mock<() => LayoutEngine & { dispose(): void }>;
  signals: (AbortSignal | undefined)[];
  disposed: Mock<() => void>;
}

/** A fake engine factory that records every engine it makes and every layout asked of them. */
export function recordingEngines(
  layout: (graph: Parameters<LayoutEngine['layout']>[0], signal?: AbortSignal) => ReturnType<LayoutEngine['layout']>,
): RecordedEngines {
  const signals: (AbortSignal | undefined)[] = [];
  const disposed: Mock<() => void> = vi.fn();
  const createEngine = vi.fn((): LayoutEngine & { dispose(): void } => ({
    layout: (graph, signal) => {
      signals.push(signal);
      return layout(graph, signal);
    },
    dispose: disposed,
  }));
  return { createEngine, signals, disposed };
}

/** Engines running ELK in this thread, recorded. */
export function elkEngines(): RecordedEngines {
  const elk = createElkEngine();
  return recordingEngines((graph, signal) => elk.layout(graph, signal));
}

/** An engine that never finishes unless aborted, like ELK on a huge roadmap. */
export function hangingEngines(): RecordedEngines {
  return recordingEngines(
    (_graph, signal) =>
      new Promise((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
  );
}

/** Renders useRoadmapData; rerender with `{ data, opts }`. */
export function renderData(input: unknown, options: RoadmapDataOptions) {
  return renderHook(({ data, opts }: { data: unknown; opts: RoadmapDataOptions }) => useRoadmapData(data, opts), {
    initialProps: { data: input, opts: options },
  });
}

/** The data, which must be ready. */
export function ready(data: RoadmapData): Extract<RoadmapData, { status: 'ready' }> {
  if (data.status !== 'ready') throw new Error(`expected ready, got ${JSON.stringify(data).slice(0, 300)}`);
  return data;
}

/** The flagship roadmap with its baked layouts, and the wide one. */
export const python = pythonData as unknown as Roadmap;
export const pythonWide = bakedLayoutFor(python, 'wide')!;
