// The public surface of @roadmap-graph/markdown-it: the plugin (default export) and its options.
export { default } from './markdownItRoadmapGraph.js';
export type { MarkdownItRoadmapGraphOptions, MarkdownItLike } from './markdownItRoadmapGraph.js';
