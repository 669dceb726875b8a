// The described surface of <roadmap-graph>: the one home of what each attribute, member, event
// and part does, in the reader's words. build/customElementsManifest.ts turns it into
// custom-elements.json (checking its names against the element's), and the site's docs page
// reads that file. Types are written as in types/roadmap-graph.d.ts, the home of the types.

/** An attribute: its values as the reader writes them, and its default. */
export interface AttributeDoc {
  name: string;
  type: string;
  default?: string;
  description: string;
}

/** A property or method of the element (or, `static`, of its class). */
export interface MemberDoc {
  kind: 'field' | 'method';
  name: string;
  static?: boolean;
  /** A field's type, as in the declarations. */
  type?: string;
  default?: string;
  parameters?: { name: string; type: string }[];
  /** A method's return type, as in the declarations. */
  returns?: string;
  description: string;
}

/** An event: its `detail` type, exported by the package. */
export interface EventDoc {
  name: string;
  detail: 'ReadyDetail' | 'TopicSelectDetail' | 'ProgressChangeDetail' | 'ErrorDetail';
  description: string;
}

/** A shadow part, for `::part()`, or a slot (`name` empty for the default slot). */
export interface PartDoc {
  name: string;
  description: string;
}

/** Attributes of `<roadmap-graph>`; each is live: changing it updates the map. */
export const ELEMENT_ATTRIBUTES: readonly AttributeDoc[] = [
  { name: 'src', type: 'URL', description: 'Roadmap to load: a `.json` (with or without a baked layout) or a `.md` outline, relative to the page. Or put the data in a child `<script type="application/json">` or `<script type="text/markdown">`, or set the `roadmap` property (which wins).' },
  { name: 'theme', type: "'light' | 'dark' | 'auto'", default: "'auto'", description: 'Palette; `auto` follows the page’s own theme toggle (`data-theme`, a `dark`/`light` class or `color-scheme` on `<html>` or `<body>`), else the reader’s system setting.' },
  { name: 'direction', type: "'down' | 'right'", default: "the baked layout's, else 'down'", description: 'Flow of the map. Another direction than the baked layout’s is laid out in the Web Worker.' },
  { name: 'height', type: "'auto' | pixels | CSS length", default: "'auto'", description: '`auto`: as tall as the roadmap at reading size, fitted to the width, so the page’s own scroll reads it (a 600 px placeholder stands in until the element nears the viewport). A fixed height (`720`, `80vh`) makes the map a viewport to pan and zoom.' },
  { name: 'gestures', type: "'cooperative' | 'greedy' | 'auto'", default: "'auto'", description: '`cooperative`: the wheel and one finger scroll the page; Ctrl/⌘ + wheel, pinch and two fingers move the map, and a hint says so. `greedy`: the wheel and one finger move the map. `auto`: greedy when the page cannot scroll, else cooperative.' },
  { name: 'topic', type: 'topic or section id', description: 'Opens that topic’s panel (on load, or when set later); removing it closes the panel.' },
  { name: 'progress', type: "'off' | storage key", default: "'roadmap-graph:progress:<roadmap id>'", description: 'Where the reader’s progress is kept in localStorage (the default is shared with the React component on the same site); `off` keeps it in memory only.' },
  { name: 'hash-links', type: 'boolean', default: 'off', description: '`#topic=flask` in the page address opens Flask, and the address follows the open topic. `off` or `false` disables it.' },
  { name: 'search', type: "'off'", default: 'on', description: 'The search box is there unless `search="off"`.' },
  { name: 'outline', type: "'open' | 'off'", default: 'a button switches to it', description: 'The outline (a plain document of sections and topics): `open` shows it first; `off` leaves the map only.' },
  { name: 'lang', type: 'language tag', default: 'the nearest `lang` of the page', description: 'The language of the element’s words: set on the map so screen readers pronounce them, and used for numbers and plurals. Give the words themselves with the `labels` property.' },
];

/** Properties and methods of the element, and the static settings of its class. */
export const ELEMENT_MEMBERS: readonly MemberDoc[] = [
  { kind: 'field', name: 'roadmap', type: 'Roadmap | unknown', description: 'The roadmap on show (validated) once loaded. Set it to roadmap data (an object or JSON text) to show it instead of `src` or inline data; `null` goes back to those. Invalid data shows every problem with its path.' },
  { kind: 'field', name: 'layout', type: 'RoadmapLayout | undefined', description: 'The layout in use once ready. Set a precomputed layout; it is used when it matches the roadmap.' },
  { kind: 'field', name: 'progress', type: 'Progress', description: 'The reader’s progress: `{ [topicId]: "done" | "in-progress" | "skipped" }`. Setting it replaces and saves it (no `progress-change` event).' },
  { kind: 'field', name: 'layoutTimeout', type: 'number', default: '30000', description: 'Milliseconds each step of loading may take before the error box says which ran out: downloading `src`, loading the worker plus a layout, reading Markdown or a long file.' },
  { kind: 'field', name: 'labels', type: 'RoadmapLabelsInput | undefined', description: 'The words of the map, toolbar, panel and error box instead of the English ones: a full translation (`frenchLabels` from `@roadmap-graph/element/labels/fr`, or `labels/fr.js` beside the script) or a few keys, merged over English. Roadmap data is shown as it is.' },
  { kind: 'method', name: 'openTopic', parameters: [{ name: 'id', type: 'string' }], returns: 'boolean', description: 'Opens a topic’s panel and brings it into view; `false` when the roadmap has no such id. Before the roadmap is loaded the id is kept.' },
  { kind: 'method', name: 'closeTopic', returns: 'void', description: 'Closes the panel.' },
  { kind: 'method', name: 'fit', returns: 'void', description: 'Zooms and pans so the whole roadmap is in view.' },
  { kind: 'field', name: 'workerUrl', static: true, type: 'string | undefined', default: 'the worker beside the script, or the copy an app’s bundler made', description: 'Where to load `roadmap-graph.layout-worker.js` from when it is neither beside the script nor copied by the app’s bundler (esbuild). Wins over both; the element then reads long JSON and Markdown in it too, instead of in `roadmap-graph.read-worker.js`.' },
  { kind: 'field', name: 'styleNonce', static: true, type: 'string | undefined', default: 'the script tag’s nonce', description: 'Nonce for the `<style>` fallback in browsers without adoptedStyleSheets.' },
];

/** Events of the element: CustomEvents that bubble and are composed (they leave any shadow root), `error` excepted. */
export const ELEMENT_EVENTS: readonly EventDoc[] = [
  { name: 'ready', detail: 'ReadyDetail', description: 'The map is on screen. `detail`: `{ roadmap, layout, warnings }`; `warnings` lists what a Markdown outline had that was ignored.' },
  { name: 'topic-select', detail: 'TopicSelectDetail', description: 'A topic’s panel was opened (by the reader, `openTopic` or the `topic` attribute) or closed. `detail`: `{ id, topic }`, both `null` when it closed.' },
  { name: 'progress-change', detail: 'ProgressChangeDetail', description: 'The reader changed progress. `detail`: `{ id, state, progress }`; `id` and `state` are `null` when several topics changed at once (reset, import).' },
  { name: 'error', detail: 'ErrorDetail', description: 'The roadmap cannot be shown (404, an HTML page, a file too big or too slow, invalid JSON or Markdown, schema errors, a layout past its deadline); the error box shows the same. `detail`: `{ message, errors }`, each error `{ path, message }`. Does not bubble: listen on the element, or on `document` in the capture phase.' },
];

/** The shadow parts a page may style with `::part()`. */
export const ELEMENT_PARTS: readonly PartDoc[] = [
  { name: 'root', description: 'The frame of the whole widget (and of the placeholder before it renders).' },
  { name: 'toolbar', description: 'The bar with search and progress above the map.' },
  { name: 'map', description: 'The map.' },
  { name: 'map-bar', description: 'The zoom, fit and outline buttons and the legend under the map.' },
  { name: 'panel', description: 'The topic panel.' },
  { name: 'outline', description: 'The outline, the text version of the map.' },
  { name: 'error', description: 'The error box.' },
];

/** The slots of the shadow root. */
export const ELEMENT_SLOTS: readonly PartDoc[] = [
  { name: '', description: 'The page’s fallback for readers without JavaScript (a picture of the map, a link to the outline). Never shown beside the map: only printed in its place while the map has not rendered.' },
];
