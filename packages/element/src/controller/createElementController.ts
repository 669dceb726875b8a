import type { Progress, ProgressChange, Roadmap, RoadmapLayout } from '@roadmap-graph/core';
import type { RoadmapData, RoadmapLabelsInput } from '@roadmap-graph/react';
import { englishLabels } from '@roadmap-graph/react/internal';
import { loadInteractive } from '#interactive';
import { emit } from '../events.js';
import { planFirstMap, type FirstMapPlan } from '../firstMap/planFirstMap.js';
import { createProgressKeeper } from '../progress/createProgressKeeper.js';
import { createSourceLoader } from '../source/createSourceLoader.js';
import type { SourceState } from '../source/loadSource.js';
import { createElementLayoutEngine } from '../worker/createElementLayoutEngine.js';
import { connectHost } from './connectHost.js';
import { createEventReporter } from './createEventReporter.js';
import { createViewRoot } from './createViewRoot.js';
import { cssHeight, readSettings, type ElementSettings } from './readSettings.js';

const DEFAULT_TIMEOUT_MS = 30_000;

/** Options of {@link createElementController}. */
export interface ElementControllerOptions {
  /** The element: its attributes are read, its children watched, its events fired on it. */
  host: HTMLElement;
  /** The one child of its shadow root, where the map renders. */
  frame: HTMLElement;
  /** Its internals, for the custom states that follow the page's theme. */
  internals: ElementInternals;
  /** Where its layout worker is, read when needed. */
  workerUrl(): string;
  /** Where its read worker is (long JSON, Markdown), read when needed. */
  readWorkerUrl(): string;
}

/** What `<roadmap-graph>` hands on; its properties and methods are the element's (see RoadmapGraphElement). */
export interface ElementController {
  /** The element was put on the page (not merely moved). */
  connect(): void;
  /** The element left the page: lets go of everything (the map, its worker, observers, requests). */
  disconnect(): void;
  /** One of the element's observed attributes changed. */
  attributeChanged(name: string, value: string | null): void;
  roadmap: Roadmap | unknown;
  layout: RoadmapLayout | undefined;
  progress: Progress;
  layoutTimeout: number;
  labels: RoadmapLabelsInput | undefined;
  openTopic(id: string): boolean;
  closeTopic(): void;
  fit(): void;
}

/**
 * Everything `<roadmap-graph>` does behind its attributes and properties: loads its data when
 * it comes near the viewport (and again when the source changes), renders the map into its
 * shadow root, keeps the reader's progress, and fires its events, each once.
 */
export function createElementController({ host, frame, internals, workerUrl, readWorkerUrl }: ElementControllerOptions): ElementController {
  const progress = createProgressKeeper();
  const events = createEventReporter(host);
  let layoutTimeout = DEFAULT_TIMEOUT_MS;
  let layoutProperty: RoadmapLayout | undefined;
  let labels: RoadmapLabelsInput | undefined;
  let initialTopic: string | undefined;
  let data: RoadmapData | undefined;
  let disconnectHost: (() => void) | undefined;

  // The data the map has a roadmap for (loading its layout, or ready).
  const shown = (): Extract<RoadmapData, { roadmap: unknown }> | undefined =>
    data?.status === 'loading' || data?.status === 'ready' ? data : undefined;

  const source = createSourceLoader(host, {
    workerUrl: readWorkerUrl,
    timeoutMs: () => layoutTimeout,
    onChange(state: SourceState) {
      data = undefined;
      if (state.status === 'error') events.error(state, state.errors);
      view.render();
    },
  });

  const onDataChange = (next: RoadmapData): void => {
    data = next;
    if (next.status === 'error') events.error(next, next.errors);
    if (next.status === 'error' || next.status === 'validating') return;
    progress.roadmapShown(next.roadmap.id);
    if (next.status === 'ready') events.ready(next, source.warnings);
  };
  const onTopicSelect = (id: string | null): void => {
    const node = id === null ? undefined : shown()?.graph.nodes.get(id);
    emit(host, 'topic-select', { id, topic: node?.data ?? null });
  };
  const onProgressChange = (next: Progress, change: ProgressChange | undefined): void => {
    emit(host, 'progress-change', progress.changed(next, change));
  };
  const onCrash = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    events.error(error, [{ path: '', message: englishLabels.crashed(message) }]);
  };
  const createLayoutEngine = () => createElementLayoutEngine(workerUrl(), layoutTimeout);

  // The first map's plan for the data on show (validated here, drawn at once; see firstMap/),
  // made once per data and layout: the interactive map is then handed the validated roadmap.
  let planned: { data: unknown; layout: RoadmapLayout | undefined; plan: FirstMapPlan | undefined; width: number } | undefined;
  const plan = (state: SourceState, settings: ElementSettings): { plan: FirstMapPlan | undefined; width: number } => {
    if (state.status !== 'ready') return { plan: undefined, width: 0 };
    if (planned !== undefined && planned.data === state.data && planned.layout === layoutProperty) return planned;
    // Once the interactive map shows, it validates new data itself, as it always did.
    if (view.handle !== null || settings.outline === 'open') return { plan: undefined, width: 0 };
    const width = frame.getBoundingClientRect().width;
    planned = { data: state.data, layout: layoutProperty, width, plan: planFirstMap(state.data, { layout: layoutProperty, direction: settings.direction, width }) };
    return planned;
  };

  const view = createViewRoot(frame, {
    view() {
      const topic = initialTopic ?? host.getAttribute('topic') ?? undefined;
      const settings = readSettings(host);
      const first = plan(source.state, settings);
      return {
        props: {
          source: source.state,
          sourceVersion: source.version,
          settings,
          layout: layoutProperty,
          labels,
          initialTopic: topic || undefined,
          storage: progress.storage,
          createLayoutEngine,
          onTopicSelect,
          onProgressChange,
          onDataChange,
          onCrash,
        },
        plan: first.plan,
        progress: first.plan ? progress.readFor(first.plan.roadmap.id) : {},
        width: first.width,
      };
    },
    load: loadInteractive,
    onLoadError(error) {
      const message = error instanceof Error ? error.message : String(error);
      events.error(error, [{ path: '', message: `the interactive map could not be loaded: ${message}` }]);
    },
  });

  // A fixed height on the frame; for `auto` none (the map sizes itself), see host.css.
  const applyHeight = (): void => {
    const height = cssHeight(host.getAttribute('height'));
    frame.style.height = height === 'auto' ? '' : height;
    frame.dataset.height = height === 'auto' ? 'auto' : 'fixed';
  };

  const start = (): void => {
    if (view.started || !host.isConnected) return;
    view.start();
    source.start();
    progress.warm();
  };

  const controller: ElementController = {
    connect() {
      if (disconnectHost !== undefined) return;
      applyHeight();
      disconnectHost = connectHost(host, frame, internals, { onNearViewport: start, onChildrenChange: () => source.reload() });
    },
    disconnect() {
      disconnectHost?.();
      disconnectHost = undefined;
      source.stop();
      view.stop();
      data = undefined;
      events.reset();
    },
    attributeChanged(name, value) {
      switch (name) {
        case 'src':
          source.reload();
          return;
        case 'topic':
          if (value) controller.openTopic(value);
          else controller.closeTopic();
          return;
        case 'progress':
          progress.setSetting(value);
          break;
        case 'height':
          applyHeight();
          break;
      }
      view.render();
    },
    get roadmap() {
      return shown()?.roadmap ?? source.property;
    },
    set roadmap(value) {
      source.setProperty(value);
    },
    get layout() {
      return data?.status === 'ready' ? data.layout : layoutProperty;
    },
    set layout(value) {
      layoutProperty = value ?? undefined;
      view.render();
    },
    get progress() {
      return progress.read();
    },
    set progress(value) {
      progress.write(value);
    },
    get layoutTimeout() {
      return layoutTimeout;
    },
    set layoutTimeout(value) {
      const ms = Number(value);
      layoutTimeout = Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_TIMEOUT_MS;
    },
    get labels() {
      return labels;
    },
    set labels(value) {
      labels = value ?? undefined;
      view.render();
    },
    openTopic(id) {
      if (view.handle && shown()) return view.handle.openTopic(String(id));
      initialTopic = String(id);
      view.render();
      return true;
    },
    closeTopic() {
      initialTopic = undefined;
      view.handle?.closeTopic();
      view.render();
    },
    fit() {
      view.handle?.fit();
    },
  };
  return controller;
}
