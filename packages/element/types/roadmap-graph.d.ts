// Type declarations of @roadmap-graph/element, shipped as dist/roadmap-graph.d.ts.
//
// Self-contained on purpose: the element's script bundles core and React, so its users install
// neither, and these types import only their own files (data.d.ts: core's data types written out
// readably; events.d.ts: the events, which the element's sources take from there; labels.d.ts:
// the words of the `labels` property).
// test/types/drift.ts checks the data types and the element's members against the sources:
// `pnpm typecheck` fails when one of them changes and these files do not.
//
// React users add JSX typing for <roadmap-graph> with `@roadmap-graph/element/jsx` (dist/jsx.d.ts).

import type { Progress, Roadmap, RoadmapLayout } from './data.js';
import type { RoadmapGraphEventListeners } from './events.js';
import type { RoadmapLabelsInput } from './labels.js';

export type * from './data.js';
export type * from './events.js';
export type * from './labels.js';

// ---------------------------------------------------------------------------------------------
// The element

/**
 * `<roadmap-graph>`: the interactive learning roadmap as a custom element. Data comes from the
 * `roadmap` property, the `src` attribute or a child `<script type="application/json">` /
 * `<script type="text/markdown">`, in that order. Importing the package registers it.
 *
 * @example
 * const map = document.querySelector('roadmap-graph')!;
 * map.addEventListener('topic-select', (event) => console.log(event.detail.id));
 * map.openTopic('flask');
 */
export declare class RoadmapGraphElement extends HTMLElement {
  static get observedAttributes(): string[];
  /**
   * Where to load the layout worker from, for pages that host `roadmap-graph.layout-worker.js`
   * somewhere else than beside the element's script (the ES module bundled by a tool that does
   * not copy the worker, such as esbuild). Wins over the copy a bundler made.
   * @default the worker file beside the script (or the app's bundled copy of it)
   */
  static workerUrl: string | undefined;
  /** Nonce for the `<style>` fallback in browsers without adoptedStyleSheets; default: the script tag's. */
  static styleNonce: string | undefined;
  constructor();
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, previous: string | null, value: string | null): void;
  /**
   * The roadmap on show (validated), else the one set. Set it to roadmap data (a {@link Roadmap}
   * object, or JSON text) to show it instead of `src` or inline data; `null` goes back to those.
   * Reads as `unknown` because what was set need not be valid until the element has checked it
   * (invalid data shows the error box and fires `error`).
   */
  get roadmap(): Roadmap | unknown;
  set roadmap(value: Roadmap | string | null);
  /** The layout in use once ready, else the one set. Set a precomputed layout (used when it matches the roadmap). */
  get layout(): RoadmapLayout | undefined;
  set layout(value: RoadmapLayout | undefined);
  /** The reader's progress on this roadmap. Setting it replaces it and saves it. */
  get progress(): Progress;
  set progress(value: Progress);
  /**
   * Longest time in milliseconds each step of loading may take: downloading `src`, loading the
   * worker plus a layout, or reading Markdown or long JSON in it.
   * @default 30000
   */
  get layoutTimeout(): number;
  set layoutTimeout(value: number);
  /**
   * Words to show instead of the English ones: a complete translation (e.g. `frenchLabels` from
   * `@roadmap-graph/element/labels/fr`) or a few keys, merged over the English defaults. Set
   * `lang` on the element (or the page) to the labels' language.
   */
  get labels(): RoadmapLabelsInput | undefined;
  set labels(value: RoadmapLabelsInput | undefined);
  /**
   * Opens the panel of a topic (or section) and brings it into view. Before the roadmap is on
   * screen the id is kept and opened then. `false` when the roadmap shown has no such id.
   */
  openTopic(id: string): boolean;
  /** Closes the topic panel. */
  closeTopic(): void;
  /** Zooms and pans the map so the whole roadmap is in view. */
  fit(): void;
}

/** The element's listeners, typed for its events. */
export interface RoadmapGraphElement {
  addEventListener: RoadmapGraphEventListeners<RoadmapGraphElement>['addEventListener'];
  removeEventListener: RoadmapGraphEventListeners<RoadmapGraphElement>['removeEventListener'];
}

/**
 * Registers the element under `name` (default `roadmap-graph`); harmless when the name is taken
 * already (the first definition stays). Returns the class registered under the name, or
 * `undefined` where there is no `customElements` (a server render).
 */
export declare function defineRoadmapGraph(name?: string): CustomElementConstructor | undefined;

/**
 * Replaces each ` ```roadmap ` fence already in `root` (`<pre><code class="language-roadmap">`)
 * with a `<roadmap-graph>` holding the fence's text, and the fence itself as its fallback.
 * Returns the elements made, in document order.
 */
export declare function upgradeFences(root: ParentNode): HTMLElement[];

declare global {
  interface HTMLElementTagNameMap {
    'roadmap-graph': RoadmapGraphElement;
  }
}
