// The element's worker (dist/roadmap-graph.layout-worker.js): core's ELK layout worker plus
// reading roadmap text (JSON and Markdown outlines, validated), both kept out of the page
// scripts and off the main thread. Built as a classic script so it also starts from a blob: URL
// when the page script lives on another origin.
import '@roadmap-graph/core/layout-worker';
import { fromMarkdown, readRoadmapText, registerWorkerHandlers } from '@roadmap-graph/core';

registerWorkerHandlers({ read: (format, text) => readRoadmapText(format, text, fromMarkdown) });
