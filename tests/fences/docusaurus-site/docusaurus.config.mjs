// docusaurus.config.mjs
import rehypeRoadmapGraph from '@roadmap-graph/rehype';

export default {
  title: 'Roadmaps',
  url: 'https://example.com',
  baseUrl: '/',
  // The element's script, copied to static/ from node_modules/@roadmap-graph/element/dist/.
  scripts: [{ src: '/roadmap-graph.iife.js' }],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          // Before Docusaurus' own plugins, which turn code blocks into its CodeBlock component.
          beforeDefaultRehypePlugins: [[rehypeRoadmapGraph, { theme: 'auto' }]],
        },
        blog: false,
      },
    ],
  ],
};
