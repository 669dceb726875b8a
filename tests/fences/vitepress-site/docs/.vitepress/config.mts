import roadmapGraph from '@roadmap-graph/markdown-it';
import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'Roadmaps',
  head: [['script', { src: '/roadmap-graph.iife.js' }]],
  vue: {
    // <roadmap-graph> is a custom element, not a Vue component.
    template: { compilerOptions: { isCustomElement: (tag) => tag === 'roadmap-graph' } },
  },
  markdown: {
    config: (md) => {
      md.use(roadmapGraph, { theme: 'auto' });
    },
  },
});
