import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Like the build: workspace packages from their sources, so no build is needed first.
    alias: [
      { find: /^@roadmap-graph\/core$/, replacement: here('../core/src/index.ts') },
      { find: /^@roadmap-graph\/react$/, replacement: here('../react/src/index.ts') },
      { find: /^@roadmap-graph\/react\/style\.css/, replacement: here('../react/src/styles/index.css') },
      { find: /^@roadmap-graph\/react\/src\//, replacement: here('../react/src/') },
      { find: /^#script-url$/, replacement: here('src/scriptUrl.es.ts') },
    ],
  },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-output/vitest-element.json' },
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // The styles are imported `?inline` and checked as text.
    css: { include: [/.+/] },
  },
});
