// The element's read worker (dist/roadmap-graph.read-worker.js): reads roadmap text (JSON over
// INLINE_TEXT_LIMIT and Markdown outlines) and validates it off the main thread. It carries no
// ELK, so it starts in a fraction of the layout worker's time (decisions/first-map.md): a long
// roadmap with a baked layout is read, validated and drawn without the layout engine. Built as
// a classic script, like the layout worker, so it also starts from a blob: URL.
import { fromMarkdown, readRoadmapText, registerWorkerHandlers } from '@roadmap-graph/core';

registerWorkerHandlers({ read: (format, text) => readRoadmapText(format, text, fromMarkdown) });
