import type { Progress, Roadmap, RoadmapLayout } from '@roadmap-graph/core';
import type { RoadmapLabelsInput } from '@roadmap-graph/react';
import { createElementController, type ElementController } from './controller/createElementController.js';
import { OBSERVED_ATTRIBUTES } from './observedAttributes.js';
import type { RoadmapGraphEventListeners } from './events.js';
import { adoptStyles } from './styles/adoptStyles.js';
import { readWorkerFileUrl, workerFileUrl } from './worker/workerFileUrl.js';

const PROPERTIES = ['roadmap', 'layout', 'progress', 'layoutTimeout', 'labels'] as const;
// Importing the module where there is no DOM (a server render of the host page) must not throw;
// the element is only defined in browsers anyway (defineRoadmapGraph checks customElements).
const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * `<roadmap-graph>`: the interactive roadmap map of @roadmap-graph/react as a custom element,
 * for pages without a build step or React. Renders into its own shadow root once near the
 * viewport; data comes from the `roadmap` property, the `src` attribute or a child
 * `<script type="application/json">` / `<script type="text/markdown">`, in that order.
 * The class is the element's surface; its controller (createElementController) does the work.
 *
 * @example
 * <script src="https://cdn.example/roadmap-graph.iife.js"></script>
 * <roadmap-graph src="/python-backend.roadmap.json" theme="auto" height="640"></roadmap-graph>
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the DOM's own pattern for typed events (as lib.dom types HTMLElement's); the interface adds only listener overloads, which the class inherits
export class RoadmapGraphElement extends ElementBase {
  static get observedAttributes(): string[] {
    return [...OBSERVED_ATTRIBUTES];
  }

  /**
   * Where to load the layout worker from, for pages that host `roadmap-graph.layout-worker.js`
   * somewhere else than beside the element's script (the ES module bundled by a tool that does
   * not copy the worker, such as esbuild). Wins over the copy a bundler made.
   * @default the worker file beside the script (or the app's bundled copy of it)
   */
  static workerUrl: string | undefined = undefined;

  /** Nonce for the `<style>` fallback in browsers without adoptedStyleSheets; default: the script tag's. */
  static styleNonce: string | undefined = undefined;

  readonly #controller: ElementController;
  #teardown: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    adoptStyles(shadow, RoadmapGraphElement.styleNonce);
    // The one child of the shadow root; the map renders into it, the placeholder sits in it before.
    const frame = document.createElement('div');
    frame.className = 'rg-element';
    shadow.append(frame);
    this.#controller = createElementController({
      host: this,
      frame,
      // Its custom states `page-dark` / `page-light` follow the page's theme toggle (followPageScheme.ts).
      internals: this.attachInternals(),
      workerUrl: () => workerFileUrl(RoadmapGraphElement.workerUrl),
      readWorkerUrl: () => readWorkerFileUrl(RoadmapGraphElement.workerUrl),
    });
  }

  connectedCallback(): void {
    if (this.#teardown !== undefined) {
      // Moved in the DOM (removed and inserted again in one go): keep everything as it is.
      clearTimeout(this.#teardown);
      this.#teardown = undefined;
      return;
    }
    for (const name of PROPERTIES) this.#upgradeProperty(name);
    this.#controller.connect();
  }

  disconnectedCallback(): void {
    // Deferred: a move fires disconnected then connected at once, and must not lose state.
    clearTimeout(this.#teardown);
    this.#teardown = setTimeout(() => {
      this.#teardown = undefined;
      this.#controller.disconnect();
    }, 0);
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous !== value) this.#controller.attributeChanged(name, value);
  }

  /**
   * The roadmap on show (validated), else the one set. Set it to roadmap data (an object or JSON
   * text) to show it instead of `src` or inline data; `null` goes back to those.
   */
  get roadmap(): Roadmap | unknown {
    return this.#controller.roadmap;
  }

  set roadmap(value: Roadmap | unknown) {
    this.#controller.roadmap = value;
  }

  /** The layout in use once ready, else the one set. Set a precomputed layout (used when it matches the roadmap). */
  get layout(): RoadmapLayout | undefined {
    return this.#controller.layout;
  }

  set layout(value: RoadmapLayout | undefined) {
    this.#controller.layout = value;
  }

  /** The reader's progress on this roadmap (`{ [topicId]: 'done' | 'in-progress' | 'skipped' }`). Setting it replaces it and saves it. */
  get progress(): Progress {
    return this.#controller.progress;
  }

  set progress(value: Progress) {
    this.#controller.progress = value;
  }

  /**
   * Longest time in milliseconds each step of loading may take: downloading `src` (until its
   * last byte), loading the worker plus a layout, or reading Markdown or long JSON in it.
   * @default 30000
   */
  get layoutTimeout(): number {
    return this.#controller.layoutTimeout;
  }

  set layoutTimeout(value: number) {
    this.#controller.layoutTimeout = value;
  }

  /**
   * Words to show instead of the English ones: a complete translation (e.g. `frenchLabels` from
   * `@roadmap-graph/element/labels/fr`) or a few keys, merged over the English defaults. Set
   * `lang` on the element (or the page) to the labels' language.
   */
  get labels(): RoadmapLabelsInput | undefined {
    return this.#controller.labels;
  }

  set labels(value: RoadmapLabelsInput | undefined) {
    this.#controller.labels = value;
  }

  /**
   * Opens the panel of a topic (or section) and brings it into view. Before the roadmap is on
   * screen the id is kept and opened then. `false` when the roadmap shown has no such id.
   */
  openTopic(id: string): boolean {
    return this.#controller.openTopic(id);
  }

  /** Closes the topic panel. */
  closeTopic(): void {
    this.#controller.closeTopic();
  }

  /** Zooms and pans the map so the whole roadmap is in view. */
  fit(): void {
    this.#controller.fit();
  }

  /** A property set before the element was defined hides the accessor; move it through it. */
  #upgradeProperty(name: (typeof PROPERTIES)[number]): void {
    if (!Object.hasOwn(this, name)) return;
    const self = this as unknown as Record<string, unknown>;
    const value = self[name];
    delete self[name];
    self[name] = value;
  }
}

// Typed listeners for the element's events: element.addEventListener('topic-select', (e) => e.detail.id).
export interface RoadmapGraphElement {
  addEventListener: RoadmapGraphEventListeners<RoadmapGraphElement>['addEventListener'];
  removeEventListener: RoadmapGraphEventListeners<RoadmapGraphElement>['removeEventListener'];
}
