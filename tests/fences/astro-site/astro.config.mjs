// astro.config.mjs
import rehypeRoadmapGraph from '@roadmap-graph/rehype';
import { defineConfig } from 'astro/config';

export default defineConfig({
  markdown: {
    // Needed: Astro highlights code before rehype plugins run, and Shiki would turn the fence into
    // plain text the plugin cannot recognise. 'math' is Astro's default, kept.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['math', 'roadmap'] },
    rehypePlugins: [[rehypeRoadmapGraph, { theme: 'auto' }]],
  },
});
