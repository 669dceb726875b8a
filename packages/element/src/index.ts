// The public surface of @roadmap-graph/element, and the entry of dist/roadmap-graph.js.
// Importing it registers <roadmap-graph> (once, however often it is loaded).
import { defineRoadmapGraph } from './defineRoadmapGraph.js';

export { RoadmapGraphElement } from './RoadmapGraphElement.js';
export { defineRoadmapGraph } from './defineRoadmapGraph.js';
export { upgradeFences } from './upgradeFences.js';
export type { ReadyDetail, TopicSelectDetail, ProgressChangeDetail, ErrorDetail, RoadmapGraphEventMap } from './events.js';
export type { Roadmap, RoadmapLayout, Progress, Topic, Section, TopicState, ValidationError } from '@roadmap-graph/core';

defineRoadmapGraph();

declare global {
  interface HTMLElementTagNameMap {
    'roadmap-graph': import('./RoadmapGraphElement.js').RoadmapGraphElement;
  }
}
