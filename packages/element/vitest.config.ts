import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../scripts/sourceAliases.js';
import { themeTokensCss } from '../react/build/themeTokensCss.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The React package's theme is written into its styles at build time (see the plugin).
  plugins: [themeTokensCss()],
  resolve: {
    // Like the build: workspace packages from their sources, so no build is needed first.
    alias: [
      ...sourceAliases(),
      { find: /^#script-url$/, replacement: here('src/scriptUrl.es.ts') },
      { find: /^#interactive$/, replacement: here('src/interactive/loadInteractive.es.ts') },
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
