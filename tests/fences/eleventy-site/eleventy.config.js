// eleventy.config.js
import roadmapGraph from '@roadmap-graph/markdown-it';

export default function (eleventyConfig) {
  eleventyConfig.amendLibrary('md', (md) => md.use(roadmapGraph, { theme: 'auto' }));
  // The element's script and its interactive part, served from the site itself.
  for (const file of ['roadmap-graph.iife.js', 'roadmap-graph.iife.interactive.js']) {
    eleventyConfig.addPassthroughCopy({ [`node_modules/@roadmap-graph/element/dist/${file}`]: file });
  }
}

export const config = { dir: { input: 'src' } };
