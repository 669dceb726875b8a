// Web Worker entry of the React package: ELK runs here, off the main thread. createLayoutWorker.ts
// starts it with `new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' })`;
// the library build emits it as dist/layoutWorker.js (a second entry, see vite.config.ts) so the
// main bundle never carries ELK. Core's entry registers the layout handler; this worker also
// reads long JSON text for useRoadmapData (JSON only: no Markdown parser here), so it never
// blocks the page. The protocol of both lives in core (registerWorkerHandlers).
import '@roadmap-graph/core/layout-worker';
import { readRoadmapText, registerWorkerHandlers } from '@roadmap-graph/core';

registerWorkerHandlers({ read: (format, text) => readRoadmapText(format, text) });
