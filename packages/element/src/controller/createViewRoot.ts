import type { Progress } from '@roadmap-graph/core';
import type { RoadmapGraphHandle } from '@roadmap-graph/react';
import { createHandOver, type HandOver } from '../firstMap/createHandOver.js';
import { html } from '../firstMap/dom.js';
import { drawFirstMap } from '../firstMap/drawFirstMap.js';
import type { FirstMapPlan } from '../firstMap/planFirstMap.js';
import type { InteractiveProps, InteractiveView } from '../interactive/mountInteractive.js';
import { EMPTY_TEXT, LOADING_TEXT } from '../view/statusText.js';

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
  /** Takes over `frame` (its placeholder goes), shows the view and loads the interactive part. */
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
 * the first map when the data is valid and has a layout for this width (firstMap/). Meanwhile
 * the interactive part loads; it renders into a layer of its own, hidden while a first map
 * shows, and takes over once its map is placed at the same start view (or it shows an error):
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

  const showEarly = ({ props, plan, progress, width }: ViewState): void => {
    if (plan && firstMap?.plan === plan) return;
    if (plan) {
      clearEarly();
      early = drawFirstMap(frame, { plan, progress, settings: props.settings, width });
      firstMap = { plan, handOver: createHandOver(early) };
      return;
    }
    const text = failure ?? (props.source.status === 'empty' ? EMPTY_TEXT : LOADING_TEXT);
    if (early && !firstMap && early.textContent === text) return;
    clearEarly();
    early = html('div', { class: 'rg-element__status', part: 'root', role: 'status' }, [text]);
    frame.append(early);
  };

  const handOverWhenShown = (): void => {
    if (!firstMap || !interactive || !interactiveShown(interactive.layer)) return;
    const { handOver } = firstMap;
    const { layer } = interactive;
    firstMap = undefined;
    early = undefined;
    interactive.watcher?.disconnect();
    interactive.watcher = undefined;
    handOver.finish(layer, () => layer.classList.remove('rg-element__layer--pending'));
  };

  const mount = (module: InteractiveModule): void => {
    const layer = html('div', { class: 'rg-element__layer' });
    if (firstMap) layer.classList.add('rg-element__layer--pending');
    else clearEarly();
    frame.append(layer);
    interactive = { view: module.mountInteractive(layer), layer };
    if (firstMap) {
      // React commits and React Flow places the map in tasks and frames of their own: watch for it.
      interactive.watcher = new MutationObserver(handOverWhenShown);
      interactive.watcher.observe(layer, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
    }
  };

  const draw = (): void => {
    if (!started) return;
    const state = view();
    if (loaded && !interactive) mount(loaded);
    if (!interactive) {
      showEarly(state);
      return;
    }
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
      frame.replaceChildren();
      viewRoot.render();
      if (loaded || loading) return;
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
