// docs/.vitepress/config.mts
import roadmapGraph from '@roadmap-graph/markdown-it';
import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'Roadmaps',
  // The element's script, copied to docs/public/ from node_modules/@roadmap-graph/element/dist/.
  head: [['script', { src: '/roadmap-graph.iife.js' }]],
  markdown: {
    config: (md) => {
      md.use(roadmapGraph, { theme: 'auto' });
    },
  },
});
