import {
  buildGraph,
  bakedLayoutFor,
  checkBakedLayout,
  createWorkerEngine,
  layoutRoadmap,
  type LayoutDirection,
  type Roadmap,
  type RoadmapGraph,
  type RoadmapLayout,
  type WorkerEngine,
} from '@roadmap-graph/core';
import { createLayoutWorker } from '@roadmap-graph/react';
import { useEffect, useRef, useState } from 'react';

/** A roadmap with its graph and a layout computed for it: what the map shows. */
export interface LaidOutRoadmap {
  roadmap: Roadmap;
  graph: RoadmapGraph;
  layout: RoadmapLayout;
}

/** What {@link useLiveLayout} returns. */
export interface LiveLayout {
  /** The newest roadmap that has a layout; stays while a newer one is laid out or the input is invalid. */
  shown: LaidOutRoadmap | undefined;
  /** A newer roadmap than `shown` is being laid out. */
  pending: boolean;
  /** Why the newest roadmap could not be laid out, if it could not. */
  error: string | undefined;
}

/**
 * Lays out each new valid roadmap in one Web Worker that stays warm for the page's life (ELK
 * loads once, so later layouts take a fraction of a second). While a layout runs, newer
 * roadmaps wait and only the latest of them is laid out next: typing never builds a queue, and
 * a running layout is not aborted, since aborting would terminate the warm worker. A fresh
 * baked layout (an uploaded file made by `roadmap-graph layout`) is used as it is.
 */
export function useLiveLayout(roadmap: Roadmap | undefined, direction: LayoutDirection): LiveLayout {
  const [state, setState] = useState<LiveLayout>({ shown: undefined, pending: false, error: undefined });
  const engine = useRef<WorkerEngine | undefined>(undefined);
  const busy = useRef(false);
  const waiting = useRef<{ roadmap: Roadmap; direction: LayoutDirection } | undefined>(undefined);
  const latest = useRef<Roadmap | undefined>(undefined);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    engine.current = createWorkerEngine(createLayoutWorker);
    return () => {
      mounted.current = false;
      engine.current?.dispose();
      engine.current = undefined;
      busy.current = false;
    };
  }, []);

  useEffect(() => {
    latest.current = roadmap;
    if (roadmap === undefined) return;
    const graph = buildGraph(roadmap);
    const baked = checkBakedLayout(roadmap);
    const wide = bakedLayoutFor(roadmap, 'wide');
    if (baked.status === 'fresh' && baked.layout.direction === direction && wide !== undefined) {
      waiting.current = undefined;
      setState({ shown: { roadmap, graph, layout: wide }, pending: busy.current, error: undefined });
      return;
    }
    waiting.current = { roadmap, direction };
    setState((current) => ({ ...current, pending: true }));
    const run = (): void => {
      const job = waiting.current;
      const current = engine.current;
      if (busy.current || job === undefined || current === undefined) return;
      waiting.current = undefined;
      busy.current = true;
      const jobGraph = job.roadmap === roadmap ? graph : buildGraph(job.roadmap);
      // Answers of an engine that was disposed (unmount, or React's StrictMode remount) are stale.
      const live = (): boolean => mounted.current && engine.current === current;
      layoutRoadmap(jobGraph, { engine: current, direction: job.direction })
        .then(
          (layout) => {
            if (!live() || latest.current !== job.roadmap) return;
            setState({ shown: { roadmap: job.roadmap, graph: jobGraph, layout }, pending: waiting.current !== undefined, error: undefined });
          },
          (error: unknown) => {
            if (!live() || latest.current !== job.roadmap) return;
            const message = error instanceof Error ? error.message : String(error);
            setState((state) => ({ ...state, pending: waiting.current !== undefined, error: `could not compute the layout: ${message}` }));
          },
        )
        .finally(() => {
          if (!live()) return;
          busy.current = false;
          run();
        });
    };
    run();
  }, [roadmap, direction]);

  return state;
}
