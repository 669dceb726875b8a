import {
  layoutRoadmap,
  type LayoutDirection,
  type LayoutEngine,
  type Roadmap,
  type RoadmapGraph,
  type RoadmapLayout,
  type ValidationError,
  type WidthClass,
} from '@roadmap-graph/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createDefaultLayoutEngine } from '../layout/createDefaultLayoutEngine.js';
import { textSpacingLayout, type TextSpacing } from '../layout/textSpacingLayout.js';
import { DEFAULT_WIDTH_CLASS, planRoadmapData, type RoadmapDataPlan } from '../data/planRoadmapData.js';
import { useParsedRoadmap } from './useParsedRoadmap.js';

/** Options of {@link useRoadmapData}. */
export interface RoadmapDataOptions {
  /** A precomputed layout. Used when its hash matches the roadmap (it then wins over `direction`); recomputed when stale. */
  layout?: RoadmapLayout;
  /**
   * Direction of a computed layout; a baked layout in another direction is not used.
   * @default the stale layout's direction, else 'DOWN'
   */
  direction?: LayoutDirection;
  /**
   * The width class to show (`widthClassFor(containerWidth)`): its baked layout, else one computed
   * for it. While another class is computed for the same roadmap, the layout shown so far stays.
   * `null`: the container is not measured yet, so no layout is picked or computed (status
   * `loading`), rather than one for a provisional class that is thrown away a moment later.
   * @default 'wide'
   */
  widthClass?: WidthClass | null;
  /**
   * Text spacing the reader imposes (see `readTextSpacing`): when set, the layout is computed
   * with boxes sized for it, even where a baked layout (made for the usual spacing) exists.
   */
  textSpacing?: TextSpacing;
  /**
   * Makes the engine for one layout computation; the hook owns it and calls its `dispose()`, if
   * any, once that layout is settled or aborted. Read when a computation starts, so it need not be stable.
   * @default ELK in a module Web Worker (createDefaultLayoutEngine)
   */
  createEngine?: () => LayoutEngine | undefined;
}

/**
 * The state of a roadmap on its way to the screen. `validating`: long JSON text is being checked
 * in a worker, nothing is known yet. While loading, the parsed roadmap and its graph are already
 * there (enough to render the outline, e.g. on the server).
 */
export type RoadmapData =
  | { status: 'validating' }
  | { status: 'loading'; roadmap: Roadmap; graph: RoadmapGraph }
  | { status: 'error'; errors: ValidationError[] }
  | { status: 'ready'; roadmap: Roadmap; graph: RoadmapGraph; layout: RoadmapLayout };

type Computed = { plan: RoadmapDataPlan; layout: RoadmapLayout } | { plan: RoadmapDataPlan; errors: ValidationError[] };

const VALIDATING: RoadmapData = { status: 'validating' };

/**
 * Validates roadmap input (raw data, JSON text or a parsed roadmap) and finds its layout: the
 * `layout` option, else a fresh baked layout, else one computed asynchronously through the
 * layout engine (ELK in a Web Worker by default, so the main thread never runs ELK). A running
 * layout is aborted when the input changes or the component unmounts; a failure or timeout
 * comes back as an error at path `layout`. On the server no layout runs: the status stays
 * `loading`. JSON text longer than 128 KB is validated in a worker first (status `validating`),
 * so a large or hostile text never blocks the page.
 *
 * @example
 * const data = useRoadmapData(props.roadmap, { layout: props.layout, direction: props.direction });
 * if (data.status === 'error') return <ErrorView errors={data.errors} />;
 */
export function useRoadmapData(input: unknown, options: RoadmapDataOptions = {}): RoadmapData {
  const parsed = useParsedRoadmap(input);
  const widthClass = options.widthClass === undefined ? DEFAULT_WIDTH_CLASS : options.widthClass;
  // Invalid data is one answer whatever the width, so a host hears of it once.
  const invalid = useMemo((): RoadmapDataPlan | undefined => (parsed && !parsed.ok ? { status: 'error', errors: parsed.errors } : undefined), [parsed]);
  const plan = useMemo((): RoadmapDataPlan | undefined => {
    if (parsed === undefined) return undefined;
    if (invalid !== undefined) return invalid;
    if (widthClass === null && parsed.ok) return { status: 'measuring', roadmap: parsed.roadmap, graph: parsed.graph };
    const plan = planRoadmapData(parsed, options.layout, options.direction, widthClass ?? DEFAULT_WIDTH_CLASS);
    // A layout made for the usual text spacing would let spaced-out titles overflow their boxes.
    if (options.textSpacing && plan.status === 'ready' && options.layout === undefined) {
      return { status: 'compute', roadmap: plan.roadmap, graph: plan.graph, direction: plan.layout.direction, widthClass: plan.layout.widthClass };
    }
    return plan;
  }, [parsed, invalid, options.layout, options.direction, widthClass, options.textSpacing]);
  const spacing = useRef(options.textSpacing);
  spacing.current = options.textSpacing;
  const [computed, setComputed] = useState<Computed | undefined>(undefined);
  // The last layout shown, kept on screen while a layout for another width class is computed,
  // so a rotated phone or a resized window keeps the map (and the reader's place on it).
  const shown = useRef<{ graph: RoadmapGraph; layout: RoadmapLayout } | undefined>(undefined);
  const createEngine = useRef(options.createEngine);
  createEngine.current = options.createEngine;

  useEffect(() => {
    if (plan?.status !== 'compute') return;
    const controller = new AbortController();
    const fail = (message: string): void => setComputed({ plan, errors: [{ path: 'layout', message }] });
    let engine: LayoutEngine | undefined;
    try {
      engine = (createEngine.current ?? createDefaultLayoutEngine)();
    } catch (error) {
      fail(`could not start the layout engine: ${messageOf(error)}`);
      return;
    }
    if (engine === undefined) {
      fail('this environment has no Web Workers to compute the layout in: pass a `layout`, or bake one into the roadmap file (roadmap-graph layout)');
      return;
    }
    const owned = engine;
    // Each computation gets its own engine, released as soon as it is settled: an idle worker
    // would keep ELK in memory for nothing, and an aborted one has been terminated anyway.
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      try {
        (owned as { dispose?: () => void }).dispose?.();
      } catch {
        // Nothing is left to clean up that the page could act on.
      }
    };
    const spaced = spacing.current ? textSpacingLayout(spacing.current) : {};
    layoutRoadmap(plan.graph, { ...spaced, engine: owned, direction: plan.direction, widthClass: plan.widthClass, signal: controller.signal })
      .then(
        (layout) => {
          if (!controller.signal.aborted) setComputed({ plan, layout });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) fail(`could not compute the layout: ${messageOf(error)}`);
        },
      )
      .finally(release);
    return () => {
      controller.abort();
      release();
    };
  }, [plan]);

  const data = useMemo((): RoadmapData => {
    if (plan === undefined) return VALIDATING;
    if (plan.status === 'measuring') return { status: 'loading', roadmap: plan.roadmap, graph: plan.graph };
    if (plan.status !== 'compute') return plan;
    if (computed?.plan !== plan) {
      const last = shown.current;
      if (last !== undefined && last.graph === plan.graph) return { status: 'ready', roadmap: plan.roadmap, graph: plan.graph, layout: last.layout };
      return { status: 'loading', roadmap: plan.roadmap, graph: plan.graph };
    }
    if ('errors' in computed) return { status: 'error', errors: computed.errors };
    return { status: 'ready', roadmap: plan.roadmap, graph: plan.graph, layout: computed.layout };
  }, [plan, computed]);
  if (data.status === 'ready') shown.current = { graph: data.graph, layout: data.layout };
  return data;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
