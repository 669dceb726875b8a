// eleventy.config.js
import roadmapGraph from '@roadmap-graph/markdown-it';

export default function (eleventyConfig) {
  eleventyConfig.amendLibrary('md', (md) => md.use(roadmapGraph, { theme: 'auto' }));
  // The element's script, served from the site itself.
  eleventyConfig.addPassthroughCopy({ 'node_modules/@roadmap-graph/element/dist/roadmap-graph.iife.js': 'roadmap-graph.iife.js' });
}

export const config = { dir: { input: 'src' } };
