import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Tests run against the core's sources, so no build is needed first.
    // A regex, so '@roadmap-graph/core/layout-worker' still resolves through the package.
    alias: [{ find: /^@roadmap-graph\/core$/, replacement: new URL('../core/src/index.ts', import.meta.url).pathname }],
  },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-output/vitest-react.json' },
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // React Flow needs a few browser behaviours happy-dom lacks (see the file).
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
  },
});
