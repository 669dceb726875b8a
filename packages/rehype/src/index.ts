// The public surface of @roadmap-graph/rehype: the plugin (default export) and its options.
export { default } from './rehypeRoadmapGraph.js';
export type { RehypeRoadmapGraphOptions } from './rehypeRoadmapGraph.js';
