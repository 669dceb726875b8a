import type { MarkdownWarning, Progress, ProgressChange, Roadmap, RoadmapLayout, ValidationError } from '@roadmap-graph/core';
import type { RoadmapData, RoadmapGraphHandle } from '@roadmap-graph/react';
import { createElement, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { adoptStyles } from './adoptStyles.js';
import { createElementLayoutEngine } from './createElementLayoutEngine.js';
import { ElementView, type SourceState } from './ElementView.js';
import { createProgressKeeper } from './createProgressKeeper.js';
import { emit, type RoadmapGraphEventMap } from './events.js';
import { loadSource } from './loadSource.js';
import { cssHeight, readSettings } from './readSettings.js';
import { summarizeErrors } from './summarizeErrors.js';
import { wantedSource } from './wantedSource.js';
import { followPageScheme } from './followPageScheme.js';
import { whenNearViewport } from './whenNearViewport.js';
import { workerFileUrl } from './workerFileUrl.js';

const OBSERVED = ['src', 'theme', 'direction', 'height', 'gestures', 'topic', 'progress', 'hash-links', 'search', 'outline'];
/** Rendering starts when the element comes this close to the viewport. */
const NEAR_VIEWPORT = '200px';
const DEFAULT_TIMEOUT_MS = 30_000;
// Importing the module where there is no DOM (a server render of the host page) must not throw;
// the element is only defined in browsers anyway (defineRoadmapGraph checks customElements).
const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * `<roadmap-graph>`: the interactive roadmap map of @roadmap-graph/react as a custom element,
 * for pages without a build step or React. Renders into its own shadow root once near the
 * viewport; data comes from the `roadmap` property, the `src` attribute or a child
 * `<script type="application/json">` / `<script type="text/markdown">`, in that order.
 *
 * @example
 * <script src="https://cdn.example/roadmap-graph.iife.js"></script>
 * <roadmap-graph src="/python-backend.roadmap.json" theme="auto" height="640"></roadmap-graph>
 */
export class RoadmapGraphElement extends ElementBase {
  static get observedAttributes(): string[] {
    return OBSERVED;
  }

  /**
   * Where to load the layout worker from, for pages that host `roadmap-graph.layout-worker.js`
   * somewhere else than beside the element's script (e.g. after bundling the ES module).
   * @default the worker file beside the script
   */
  static workerUrl: string | undefined = undefined;

  /** Nonce for the `<style>` fallback in browsers without adoptedStyleSheets; default: the script tag's. */
  static styleNonce: string | undefined = undefined;

  readonly #shadow: ShadowRoot;
  /** The one child of the shadow root; React renders into it, the placeholder sits in it before. */
  readonly #frame: HTMLDivElement;
  readonly #handle = createRef<RoadmapGraphHandle>();
  #root: Root | undefined;
  #connected = false;
  #rendering = false;
  #renderQueued = false;
  #teardown: ReturnType<typeof setTimeout> | undefined;
  #stopWaiting: (() => void) | undefined;
  #mutation: MutationObserver | undefined;
  /** Its custom states: `page-dark` / `page-light` follow the page's theme toggle (followPageScheme.ts). */
  readonly #internals: ElementInternals;
  #stopFollowingScheme: (() => void) | undefined;

  #roadmapProperty: unknown = undefined;
  #propertyVersion = 0;
  #layoutProperty: RoadmapLayout | undefined;
  #layoutTimeout = DEFAULT_TIMEOUT_MS;

  #source: SourceState = { status: 'loading' };
  #sourceKey: string | undefined;
  #sourceVersion = 0;
  #loading: AbortController | undefined;
  #warnings: MarkdownWarning[] = [];
  #data: RoadmapData | undefined;
  #reported: unknown;

  readonly #progress = createProgressKeeper();
  #initialTopic: string | undefined;

  constructor() {
    super();
    this.#shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#shadow.replaceChildren();
    adoptStyles(this.#shadow, RoadmapGraphElement.styleNonce);
    this.#frame = document.createElement('div');
    this.#frame.className = 'rg-element';
    this.#shadow.append(this.#frame);
    this.#internals = this.attachInternals();
  }

  // ---- lifecycle -------------------------------------------------------------------------

  connectedCallback(): void {
    if (this.#teardown !== undefined) {
      // Moved in the DOM (removed and inserted again in one go): keep everything as it is.
      clearTimeout(this.#teardown);
      this.#teardown = undefined;
      return;
    }
    if (this.#connected) return;
    this.#connected = true;
    for (const name of ['roadmap', 'layout', 'progress', 'layoutTimeout'] as const) this.#upgradeProperty(name);
    this.#applyHeight();
    const placeholder = document.createElement('div');
    placeholder.className = 'rg-element__placeholder';
    // The page's fallback content (children besides the data script), for printing a map that
    // has not come near the viewport yet: host.css shows it on paper only.
    placeholder.append(document.createElement('slot'));
    this.#frame.replaceChildren(placeholder);
    this.#mutation = new MutationObserver(() => this.#loadSource());
    this.#mutation.observe(this, { childList: true, subtree: true, characterData: true });
    this.#stopWaiting = whenNearViewport(this, NEAR_VIEWPORT, () => this.#start());
    this.#stopFollowingScheme = followPageScheme(this, this.#internals);
  }

  disconnectedCallback(): void {
    // Deferred: a move fires disconnected then connected at once, and must not lose state.
    clearTimeout(this.#teardown);
    this.#teardown = setTimeout(() => {
      this.#teardown = undefined;
      this.#stop();
    }, 0);
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value) return;
    switch (name) {
      case 'src':
        this.#loadSource();
        return;
      case 'topic':
        if (value) this.openTopic(value);
        else this.closeTopic();
        return;
      case 'progress':
        this.#progress.setSetting(value);
        break;
      case 'height':
        this.#applyHeight();
        break;
    }
    this.#render();
  }

  // ---- properties and methods ------------------------------------------------------------

  /**
   * The roadmap on show (validated), else the one set. Set it to roadmap data (an object or JSON
   * text) to show it instead of `src` or inline data; `null` goes back to those.
   */
  get roadmap(): Roadmap | unknown {
    return this.#shown?.roadmap ?? this.#roadmapProperty;
  }

  set roadmap(value: Roadmap | unknown) {
    this.#roadmapProperty = value ?? undefined;
    this.#propertyVersion++;
    this.#loadSource();
  }

  /** The layout in use once ready, else the one set. Set a precomputed layout (used when it matches the roadmap). */
  get layout(): RoadmapLayout | undefined {
    return this.#data?.status === 'ready' ? this.#data.layout : this.#layoutProperty;
  }

  set layout(value: RoadmapLayout | undefined) {
    this.#layoutProperty = value ?? undefined;
    this.#render();
  }

  /** The reader's progress on this roadmap (`{ [topicId]: 'done' | 'in-progress' | 'skipped' }`). Setting it replaces it and saves it. */
  get progress(): Progress {
    return this.#progress.read();
  }

  set progress(value: Progress) {
    this.#progress.write(value);
  }

  /**
   * Longest time in milliseconds each step of loading may take: downloading `src` (until its
   * last byte), loading the worker plus a layout, or reading Markdown or long JSON in it.
   * @default 30000
   */
  get layoutTimeout(): number {
    return this.#layoutTimeout;
  }

  set layoutTimeout(value: number) {
    const ms = Number(value);
    this.#layoutTimeout = Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_TIMEOUT_MS;
  }

  /**
   * Opens the panel of a topic (or section) and brings it into view. Before the roadmap is on
   * screen the id is kept and opened then. `false` when the roadmap shown has no such id.
   */
  openTopic(id: string): boolean {
    const handle = this.#handle.current;
    if (handle && this.#shown) return handle.openTopic(String(id));
    this.#initialTopic = String(id);
    this.#render();
    return true;
  }

  /** Closes the topic panel. */
  closeTopic(): void {
    this.#initialTopic = undefined;
    this.#handle.current?.closeTopic();
    this.#render();
  }

  /** Zooms and pans the map so the whole roadmap is in view. */
  fit(): void {
    this.#handle.current?.fit();
  }

  // ---- internals -------------------------------------------------------------------------

  /** The data the map has a roadmap for (loading its layout, or ready). */
  get #shown(): Extract<RoadmapData, { roadmap: unknown }> | undefined {
    const data = this.#data;
    return data && (data.status === 'loading' || data.status === 'ready') ? data : undefined;
  }

  /** A property set before the element was defined hides the accessor; move it through it. */
  #upgradeProperty(name: 'roadmap' | 'layout' | 'progress' | 'layoutTimeout'): void {
    if (!Object.prototype.hasOwnProperty.call(this, name)) return;
    const self = this as unknown as Record<string, unknown>;
    const value = self[name];
    delete self[name];
    self[name] = value;
  }

  /** Starts rendering (the element came near the viewport). */
  #start(): void {
    this.#stopWaiting = undefined;
    if (this.#rendering || !this.isConnected) return;
    this.#rendering = true;
    this.#frame.replaceChildren();
    this.#root = createRoot(this.#frame);
    this.#loadSource();
    this.#render();
  }

  /** Lets go of everything: React tree (and with it the layout worker), observers, requests. */
  #stop(): void {
    this.#connected = false;
    this.#rendering = false;
    this.#stopWaiting?.();
    this.#stopWaiting = undefined;
    this.#mutation?.disconnect();
    this.#stopFollowingScheme?.();
    this.#stopFollowingScheme = undefined;
    this.#mutation = undefined;
    this.#loading?.abort();
    this.#loading = undefined;
    const root = this.#root;
    this.#root = undefined;
    try {
      root?.unmount();
    } catch {
      // Nothing the page could act on; the frame is emptied below anyway.
    }
    this.#frame.replaceChildren();
    this.#source = { status: 'loading' };
    this.#sourceKey = undefined;
    this.#data = undefined;
    this.#reported = undefined;
  }

  /** A fixed height on the frame; for `auto` none (the map sizes itself), see host.css. */
  #applyHeight(): void {
    const height = cssHeight(this.getAttribute('height'));
    this.#frame.style.height = height === 'auto' ? '' : height;
    this.#frame.dataset.height = height === 'auto' ? 'auto' : 'fixed';
  }

  #render(): void {
    if (this.#renderQueued || !this.#rendering) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      const root = this.#root;
      if (!root) return;
      const topic = this.#initialTopic ?? this.getAttribute('topic') ?? undefined;
      root.render(
        createElement(ElementView, {
          source: this.#source,
          sourceVersion: this.#sourceVersion,
          settings: readSettings(this),
          layout: this.#layoutProperty,
          initialTopic: topic || undefined,
          storage: this.#progress.storage,
          createLayoutEngine: this.#createLayoutEngine,
          handle: this.#handle,
          onTopicSelect: this.#onTopicSelect,
          onProgressChange: this.#onProgressChange,
          onDataChange: this.#onDataChange,
          onCrash: this.#onCrash,
        }),
      );
    });
  }

  /** (Re)loads the data when its source changed; a load still running for the old one is aborted. */
  #loadSource(): void {
    if (!this.#rendering) return;
    const wanted = wantedSource(this, { value: this.#roadmapProperty, version: this.#propertyVersion });
    if (wanted.key === this.#sourceKey) return;
    this.#sourceKey = wanted.key;
    this.#loading?.abort();
    const controller = new AbortController();
    this.#loading = controller;
    this.#warnings = [];
    loadSource(wanted, {
      workerUrl: workerFileUrl(RoadmapGraphElement.workerUrl),
      timeoutMs: this.#layoutTimeout,
      signal: controller.signal,
      onState: (state, warnings) => {
        this.#warnings = warnings;
        this.#setSource(state);
      },
    });
  }

  #setSource(source: SourceState): void {
    this.#source = source;
    this.#sourceVersion++;
    this.#data = undefined;
    if (source.status === 'error') this.#reportErrors(source, source.errors);
    this.#render();
  }

  #reportErrors(cause: unknown, errors: ValidationError[]): void {
    if (this.#reported === cause) return;
    this.#reported = cause;
    emit(this, 'error', { message: summarizeErrors(errors), errors });
  }

  readonly #createLayoutEngine = () => createElementLayoutEngine(workerFileUrl(RoadmapGraphElement.workerUrl), this.#layoutTimeout);

  readonly #onDataChange = (data: RoadmapData): void => {
    this.#data = data;
    if (data.status === 'error') {
      this.#reportErrors(data, data.errors);
      return;
    }
    if (data.status === 'validating') return;
    this.#progress.roadmapShown(data.roadmap.id);
    if (data.status === 'ready' && this.#reported !== data) {
      this.#reported = data;
      emit(this, 'ready', { roadmap: data.roadmap, layout: data.layout, warnings: this.#warnings });
    }
  };

  readonly #onTopicSelect = (id: string | null): void => {
    const graph = this.#shown?.graph;
    const node = id === null ? undefined : graph?.nodes.get(id);
    emit(this, 'topic-select', { id, topic: node?.data ?? null });
  };

  readonly #onProgressChange = (progress: Progress, change: ProgressChange | undefined): void => {
    emit(this, 'progress-change', this.#progress.changed(progress, change));
  };

  readonly #onCrash = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    this.#reportErrors(error, [{ path: '', message: `the map stopped with an error: ${message}` }]);
  };
}

// Typed listeners for the element's events: element.addEventListener('topic-select', (e) => e.detail.id).
export interface RoadmapGraphElement {
  addEventListener<K extends keyof RoadmapGraphEventMap>(
    type: K,
    listener: (this: RoadmapGraphElement, event: RoadmapGraphEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RoadmapGraphEventMap>(
    type: K,
    listener: (this: RoadmapGraphElement, event: RoadmapGraphEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
