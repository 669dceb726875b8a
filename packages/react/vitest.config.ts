import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../scripts/sourceAliases.js';

export default defineConfig({
  plugins: [react()],
  // Tests run against the other packages' sources, so no build is needed first.
  resolve: { alias: sourceAliases() },
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
