/** The code of the docs' quick starts; the page fills in this site's own URLs. */
export const quickStarts = {
  scriptTag: (scriptUrl: string, dataUrl: string): string =>
    `<script type="module" src="${scriptUrl}"></script>

<roadmap-graph src="${dataUrl}" theme="auto" hash-links></roadmap-graph>
`,
  inline: `<roadmap-graph height="480">
<script type="text/markdown">
# Learn Git {#learn-git}

## Basics

- First commits {#first-commits level=beginner}
- Branches {#branches requires=first-commits}
</script>
</roadmap-graph>
`,
  reactInstall: `// package.json of your app (inside this workspace)
"dependencies": {
  "@roadmap-graph/core": "workspace:*",
  "@roadmap-graph/react": "workspace:*",
  "react": "^19.0.0",
  "react-dom": "^19.0.0"
}`,
  react: `import { RoadmapGraph } from '@roadmap-graph/react';
import '@roadmap-graph/react/style.css';
import roadmap from './python-backend.roadmap.json';

export function Page() {
  return (
    <RoadmapGraph
      roadmap={roadmap}
      theme="auto"
      hashLinks
      height={720}
      onTopicSelect={(id) => console.log('open', id)}
    />
  );
}
`,
  vite: `// vite.config.ts: keep the layout worker's URL intact in the dev server
export default defineConfig({
  optimizeDeps: { exclude: ['@roadmap-graph/react'] },
});
`,
  cli: `pnpm install && pnpm build

# check a roadmap (JSON or Markdown outline): every problem with its path
pnpm roadmap-graph validate my-roadmap.md

# Markdown outline -> JSON, then bake the layout into it (no ELK in the reader's browser)
pnpm roadmap-graph import my-roadmap.md -o my-roadmap.json
pnpm roadmap-graph layout my-roadmap.json -o my-roadmap.json

# a static picture, and back to an outline
pnpm roadmap-graph render my-roadmap.json -o my-roadmap.svg --theme dark
pnpm roadmap-graph export my-roadmap.json -o my-roadmap.md

# the JSON Schema, for editor completion ("$schema" in your file)
pnpm roadmap-graph schema -o roadmap.schema.json
`,
  outline: `# Python Backend Developer {#python-backend}

What the roadmap is about, in a paragraph.

## Learn Python Fundamentals {#python-fundamentals}

- Syntax, Types and Operators {#python-syntax level=beginner tags=python}

  The topic's description: *emphasis*, \`code\` and [links](https://docs.python.org/3/).

  - [@official@An Informal Introduction to Python](https://docs.python.org/3/tutorial/introduction.html)
  - [@course@A paid course](https://example.com/course "paid")

## Learn Flask or Django {#web-framework choice}

### Flask {#flask level=intermediate requires=python-syntax}

- Routing and templates {#flask-routing}
`,
  // The fences and site configs are those tests/fences builds and checks (it compares them).
  fence: `\`\`\`roadmap
# Web basics {#web-basics}

## Foundations {#foundations}

- HTML {#html level=beginner}
  - [@official@HTML on MDN](https://developer.mozilla.org/en-US/docs/Web/HTML)
- CSS {#css level=beginner requires=html}

## Scripting {#scripting}

- JavaScript {#javascript level=intermediate}
- The DOM {#dom requires=javascript}
\`\`\`
`,
  astro: `// astro.config.mjs
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
`,
  vitePress: `// docs/.vitepress/config.mts
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
`,
  eleventy: `// eleventy.config.js
import roadmapGraph from '@roadmap-graph/markdown-it';

export default function (eleventyConfig) {
  eleventyConfig.amendLibrary('md', (md) => md.use(roadmapGraph, { theme: 'auto' }));
  // The element's script and its interactive part, served from the site itself.
  for (const file of ['roadmap-graph.iife.js', 'roadmap-graph.iife.interactive.js']) {
    eleventyConfig.addPassthroughCopy({ [\`node_modules/@roadmap-graph/element/dist/\${file}\`]: file });
  }
}

export const config = { dir: { input: 'src' } };
`,
  anyPage: `<!-- In the page's layout, once: the roadmap fences of the page become maps. -->
<script src="/js/roadmap-graph.iife.js" data-fences defer></script>
`,
  theming: `/* React: on the component's root */
.my-roadmap.rg-root { --rg-accent: #8250df; --rg-radius: 4px; }

/* The element: custom properties cross its shadow root */
roadmap-graph { --rg-accent: #8250df; }
roadmap-graph::part(panel) { font-size: 15px; }
`,
};
