// Web Worker entry of the React package: ELK runs here, off the main thread. createLayoutWorker.ts
// starts it with `new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' })`;
// the library build emits it as dist/layoutWorker.js (a second entry, see vite.config.ts) so the
// main bundle never carries ELK. The layout protocol itself lives in core; the same worker also
// validates long JSON text for useRoadmapData (roadmapText/), so it never blocks the page.
import '@roadmap-graph/core/layout-worker';
import { answerRoadmapText, type RoadmapTextScope } from './roadmapText/answerRoadmapText.js';

answerRoadmapText(self as unknown as RoadmapTextScope);
