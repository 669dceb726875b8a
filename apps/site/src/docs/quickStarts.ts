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
  reactInstall: `npm install @roadmap-graph/react react react-dom
`,
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
  // The CLI as published; packages/core/README.md shows the same, and tests/packages/cli.test.ts
  // runs each line against the packed package.
  cli: `# check a roadmap (JSON or a Markdown outline): every problem with its path
npx @roadmap-graph/core validate my-roadmap.md

# Markdown outline -> JSON, then bake the layouts into it (no ELK in the reader's browser)
npx @roadmap-graph/core import my-roadmap.md -o my-roadmap.json
npx @roadmap-graph/core layout my-roadmap.json -o my-roadmap.json --direction RIGHT

# a static picture, and back to an outline
npx @roadmap-graph/core render my-roadmap.json -o my-roadmap.svg --width column --theme auto
npx @roadmap-graph/core export my-roadmap.json -o outline.md

# the JSON Schema, for editor completion ("$schema" in your file)
npx @roadmap-graph/core schema -o roadmap.schema.json
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
  docusaurus: `// docusaurus.config.mjs
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
  // Sites without a build-time plugin: the element's script turns the fences into maps in the
  // browser. tests/element/fences.test.ts serves the HTML each generator writes for a fence with
  // these snippets, and checks the element README shows them.
  hugo: `<!-- layouts/_default/baseof.html (or your theme's head partial), in <head>; the .js files
     of node_modules/@roadmap-graph/element/dist/ copied to static/js/ -->
<script src="{{ "js/roadmap-graph.iife.js" | relURL }}" data-fences defer></script>
`,
  jekyll: `<!-- _layouts/default.html (or your theme's head include), in <head>; the .js files of
     node_modules/@roadmap-graph/element/dist/ copied to assets/js/ -->
<script src="{{ '/assets/js/roadmap-graph.iife.js' | relative_url }}" data-fences defer></script>
`,
  mkdocs: `# mkdocs.yml (MkDocs 1.5 or later); docs/js/ holds roadmaps.js and, copied from
# node_modules/@roadmap-graph/element/dist/, its .js files (the module, its interactive chunk, the worker)
extra_javascript:
  - path: js/roadmaps.js
    type: module
# With Material for MkDocs (pymdownx.superfences), keep roadmap fences out of the highlighter:
markdown_extensions:
  - pymdownx.superfences:
      custom_fences:
        - name: roadmap
          class: language-roadmap
          format: !!python/name:pymdownx.superfences.fence_code_format
`,
  mkdocsScript: `// docs/js/roadmaps.js
import { upgradeFences } from './roadmap-graph.js';

upgradeFences(document);
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
