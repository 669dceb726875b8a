/** A row of the element reference: a name, its type or payload, and what it does. */
export interface ApiRow {
  name: string;
  type: string;
  description: string;
}

// Taken from packages/element (RoadmapGraphElement, readSettings, elementStorage, events).

/** Attributes of `<roadmap-graph>`; each is live: changing it updates the map. */
export const ELEMENT_ATTRIBUTES: readonly ApiRow[] = [
  { name: 'src', type: 'URL', description: 'A roadmap `.json` (with or without a baked layout) or a `.md` outline. Or put the data in a child `<script type="application/json">` or `<script type="text/markdown">`, or set the `roadmap` property (which wins).' },
  { name: 'theme', type: 'light | dark | auto', description: 'Palette; `auto` (the default) follows the reader’s system setting.' },
  { name: 'direction', type: 'down | right', description: 'Flow of the map; default: the baked layout’s. Another direction is computed in a Web Worker.' },
  { name: 'height', type: 'auto | pixels | CSS length', description: 'Height of the whole widget (toolbar, map, panel). Default `auto`: as tall as the roadmap at reading size, fitted to the width, so the page’s own scroll reads it (a 600 px placeholder stands in until the element nears the viewport). A fixed height (`720`, `80vh`, `40rem`) makes the map a viewport to pan and zoom.' },
  { name: 'gestures', type: 'cooperative | greedy | auto', description: '`cooperative`: the wheel and one finger scroll the page; Ctrl/⌘ + wheel, pinch and two fingers move the map, and a hint says so. `greedy`: the wheel and one finger move the map. `auto` (the default): greedy when the page cannot scroll, else cooperative.' },
  { name: 'topic', type: 'topic id', description: 'Topic whose panel is open on load.' },
  { name: 'progress', type: 'off | storage key', description: 'Without it, progress is kept in localStorage under `roadmap-graph:progress:<roadmap id>` (shared with the React component on the same site); a value is your own key; `off` writes nothing to the reader’s browser.' },
  { name: 'hash-links', type: 'boolean', description: '`#topic=flask` in the page address opens Flask, and the address follows the open topic.' },
  { name: 'search', type: 'off', description: 'The search box is there unless `search="off"`.' },
  { name: 'outline', type: 'open | off', description: 'The outline (a plain document of sections and topics): by default a button switches to it; `open` shows it first; `off` leaves the map only.' },
  { name: 'lang', type: 'language tag', description: 'The language of the element’s words (default: the page’s): set on the map so screen readers pronounce them, and used for numbers and plurals. Give it with `labels`.' },
];

/** Properties and methods of the element. */
export const ELEMENT_PROPERTIES: readonly ApiRow[] = [
  { name: 'roadmap', type: 'Roadmap | object | string', description: 'The roadmap data, instead of `src` or inline data; invalid data shows every problem with its path.' },
  { name: 'layout', type: 'RoadmapLayout', description: 'A precomputed layout (used when it matches the roadmap); reads back the layout in use once ready.' },
  { name: 'progress', type: 'Progress', description: 'Read or replace (and save) the progress: `{ [topicId]: "done" | "in-progress" | "skipped" }`.' },
  { name: 'layoutTimeout', type: 'number (ms)', description: 'How long each step of loading may take before the error box shows: downloading `src`, loading the worker plus a layout, reading Markdown or a long file. Default 30,000.' },
  { name: 'labels', type: 'RoadmapLabelsInput', description: 'The words of the map, toolbar, panel and error box instead of the English ones: a full translation (`frenchLabels` from the `labels/fr.js` module beside the script) or a few keys, merged over English. Roadmap data is shown as it is.' },
  { name: 'openTopic(id)', type: 'method → boolean', description: 'Opens a topic’s panel and brings it into view; `false` for an unknown id.' },
  { name: 'closeTopic()', type: 'method', description: 'Closes the panel.' },
  { name: 'fit()', type: 'method', description: 'Zooms and pans so the whole roadmap is in view.' },
  { name: 'RoadmapGraphElement.workerUrl', type: 'static string', description: 'Where to load `roadmap-graph.layout-worker.js` from when it is not beside the script (e.g. after bundling the ES module).' },
];

/** Events of the element: CustomEvents that bubble and are composed (they leave any shadow root), `error` excepted. */
export const ELEMENT_EVENTS: readonly ApiRow[] = [
  { name: 'ready', type: '{ roadmap, layout, warnings }', description: 'The map is on screen; `warnings` lists what a Markdown outline had that was ignored.' },
  { name: 'topic-select', type: '{ id, topic }', description: 'A topic’s panel was opened by the reader or `openTopic`; `id` and `topic` are `null` when it closed.' },
  { name: 'progress-change', type: '{ id, state, progress }', description: 'The reader changed progress; `id` and `state` are `null` when several topics changed at once (reset, import).' },
  { name: 'error', type: '{ message, errors }', description: 'The roadmap cannot be shown (404, an HTML page, a file too big or too slow to arrive, invalid JSON, schema errors, layout timeout); the element shows the same problems in its error box. Does not bubble: listen on the element, or with `document.addEventListener(\'error\', fn, true)`.' },
];
