// The element's worker (dist/roadmap-graph.layout-worker.js): core's ELK layout worker plus
// reading roadmap text (JSON and Markdown outlines, validated), both kept out of the page
// scripts and off the main thread. Built as a classic script so it also starts from a blob: URL
// when the page script lives on another origin.
import './jitless.js';
import '@roadmap-graph/core/layout-worker';
import { fromMarkdown } from '@roadmap-graph/core';
import { answerRoadmapText, type RoadmapTextScope } from '@roadmap-graph/react/src/roadmapText/answerRoadmapText.js';

// Core's worker entry assigns its layout handler to `onmessage` when imported (above); text
// requests are answered here and everything else still reaches it.
answerRoadmapText(self as unknown as RoadmapTextScope, fromMarkdown);
