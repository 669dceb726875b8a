import type { Progress } from '@roadmap-graph/core';
import type { RoadmapGraphHandle } from '@roadmap-graph/react';
import { createLabelFormat, mergeLabels } from '@roadmap-graph/react/internal';
import { createHandOver, type HandOver } from '../firstMap/createHandOver.js';
import { html } from '../firstMap/dom.js';
import { drawFirstMap } from '../firstMap/drawFirstMap.js';
import type { FirstMapPlan } from '../firstMap/planFirstMap.js';
import type { InteractiveProps, InteractiveView } from '../interactive/mountInteractive.js';

/** What the element shows now, read at each render. */
export interface ViewState {
  props: InteractiveProps;
  /** The first map's plan for the data on show, when it can be drawn at once. */
  plan: FirstMapPlan | undefined;
  progress: Progress;
  /** Width of the frame in pixels, as the plan was made for. */
  width: number;
}

/** The interactive part, once loaded (see interactive/mountInteractive.ts). */
export interface InteractiveModule {
  mountInteractive(container: HTMLElement): InteractiveView;
}

/** Options of {@link createViewRoot}. */
export interface ViewRootOptions {
  view(): ViewState;
  /** Loads the interactive part (a dynamic import beside the script). */
  load(): Promise<InteractiveModule>;
  /** It could not be loaded: the element reports it. */
  onLoadError(error: unknown): void;
}

/** Where an element's view renders; see {@link createViewRoot}. */
export interface ViewRoot {
  /** Whether the view is on (between `start` and `stop`). */
  readonly started: boolean;
  /** Takes over `frame` (its placeholder goes) and shows the view. */
  start(): void;
  /** Renders the view again, once for all changes made in the same task. */
  render(): void;
  /** Unmounts the view (and with it the map's layout worker) and empties `frame`. */
  stop(): void;
  /** The interactive map's handle, once it shows a roadmap. */
  readonly handle: RoadmapGraphHandle | null;
}

/** The interactive layer shows what replaces the first map: its map, placed at the start view, or an error box. */
function interactiveShown(layer: HTMLElement): boolean {
  if (layer.querySelector('.rg-body--error')) return true;
  const flow = layer.querySelector<HTMLElement>('.react-flow');
  return flow !== null && flow.style.opacity !== '0' && layer.querySelector('.react-flow__node button[data-topic-id]') !== null;
}

/**
 * The element's view in `frame`, in two stages. At once, with plain DOM: the status line, or
 * the first map when the data is valid and has a layout for this width (firstMap/). Then the
 * interactive part loads (once the first map is drawn, or there is none to draw); it renders
 * into a layer of its own, hidden while a first map shows, and takes over once its map is
 * placed at the same start view (or it shows an error):
 * in one task, with focus, typed text and pending presses carried over (createHandOver). Renders
 * are batched to one microtask, so setting several attributes or properties in a row renders
 * once, with all of them.
 */
export function createViewRoot(frame: HTMLElement, { view, load, onLoadError }: ViewRootOptions): ViewRoot {
  let started = false;
  let queued = false;
  let loaded: InteractiveModule | undefined;
  let loading = false;
  let failure: string | undefined;
  let interactive: { view: InteractiveView; layer: HTMLElement; watcher?: MutationObserver } | undefined;
  // What shows before the interactive part: the status line, or the first map with its hand-over.
  let early: HTMLElement | undefined;
  let firstMap: { plan: FirstMapPlan; handOver: HandOver } | undefined;

  const clearEarly = (): void => {
    firstMap?.handOver.dispose();
    firstMap = undefined;
    early?.remove();
    early = undefined;
  };

  // Plans the interactive map has shown: their first map is never drawn again (e.g. when the
  // reader opens the outline in the map's place).
  const shown = new WeakSet<FirstMapPlan>();

  const showFirstMap = ({ props, plan, progress, width }: ViewState & { plan: FirstMapPlan }): void => {
    if (firstMap?.plan === plan) return;
    clearEarly();
    early = drawFirstMap(frame, { plan, progress, settings: props.settings, width, words: { labels: mergeLabels(props.labels), format: createLabelFormat(props.settings.lang) } });
    firstMap = { plan, handOver: createHandOver(early) };
  };

  const showStatus = ({ props }: ViewState): void => {
    const labels = mergeLabels(props.labels);
    const text = failure ?? (props.source.status === 'empty' ? labels.noData : labels.loading);
    if (early && !firstMap && early.textContent === text) return;
    clearEarly();
    early = html('div', { class: 'rg-element__status', part: 'root', role: 'status', ...(props.settings.lang ? { lang: props.settings.lang } : {}) }, [text]);
    frame.append(early);
  };

  // While a first map shows, the interactive layer is hidden and watched: React commits and
  // React Flow places the map in tasks and frames of their own.
  const hideLayer = (): void => {
    if (!interactive || interactive.watcher) return;
    interactive.layer.classList.add('rg-element__layer--pending');
    interactive.watcher = new MutationObserver(handOverWhenShown);
    interactive.watcher.observe(interactive.layer, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
  };

  const showLayer = (): void => {
    interactive?.watcher?.disconnect();
    if (interactive) interactive.watcher = undefined;
    interactive?.layer.classList.remove('rg-element__layer--pending');
  };

  const handOverWhenShown = (): void => {
    if (!firstMap || !interactive || !interactiveShown(interactive.layer)) return;
    const { handOver, plan } = firstMap;
    const { layer } = interactive;
    shown.add(plan);
    firstMap = undefined;
    early = undefined;
    handOver.finish(layer, showLayer);
  };

  const mount = (module: InteractiveModule): void => {
    const layer = html('div', { class: 'rg-element__layer' });
    frame.append(layer);
    interactive = { view: module.mountInteractive(layer), layer };
  };

  // The interactive part is imported once the first map is drawn, or once there is none to
  // draw: its evaluation then never stands between the data and the first map.
  const ensureLoading = (): void => {
    // After a failure, not again until the element is started again (put back on the page).
    if (loaded || loading || failure !== undefined) return;
    loading = true;
    load().then(
      (module) => {
        loaded = module;
        viewRoot.render();
      },
      (error: unknown) => {
        loading = false;
        failure = `The map could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        onLoadError(error);
        viewRoot.render();
      },
    );
  };

  const draw = (): void => {
    if (!started) return;
    const state = view();
    if (loaded && !interactive) mount(loaded);
    const mapShown = interactive !== undefined && interactiveShown(interactive.layer);
    const { plan } = state;
    if (plan && mapShown) shown.add(plan);
    // A first map for data with a layout at hand, until the interactive map shows it: before
    // the interactive part has loaded, and after, while it still validates or measures.
    if (plan && !shown.has(plan)) showFirstMap({ ...state, plan });
    else if (firstMap) {
      clearEarly();
      showLayer();
    }
    if (!firstMap) {
      if (interactive) clearEarly();
      else showStatus(state);
    }
    if (firstMap || state.props.source.status !== 'loading') ensureLoading();
    if (!interactive) return;
    if (firstMap) hideLayer();
    interactive.view.render(state.props, state.plan);
    handOverWhenShown();
  };

  const viewRoot: ViewRoot = {
    get started() {
      return started;
    },
    start() {
      if (started) return;
      started = true;
      failure = undefined;
      frame.replaceChildren();
      viewRoot.render();
    },
    render() {
      if (queued || !started) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        draw();
      });
    },
    stop() {
      const current = interactive;
      started = false;
      interactive = undefined;
      current?.watcher?.disconnect();
      try {
        current?.view.unmount();
      } catch {
        // Nothing the page could act on; the frame is emptied below anyway.
      }
      clearEarly();
      frame.replaceChildren();
    },
    get handle() {
      return interactive?.view.handle ?? null;
    },
  };
  return viewRoot;
}
