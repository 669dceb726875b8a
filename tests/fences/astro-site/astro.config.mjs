import rehypeRoadmapGraph from '@roadmap-graph/rehype';
import { defineConfig } from 'astro/config';

export default defineConfig({
  markdown: {
    // Shiki would colour the fence as plain text before the plugin sees it.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['roadmap'] },
    rehypePlugins: [[rehypeRoadmapGraph, { theme: 'auto' }]],
  },
});
