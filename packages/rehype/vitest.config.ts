import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against core's sources, so no build is needed first.
    alias: [
      { find: /^@roadmap-graph\/core$/, replacement: new URL('../core/src/index.ts', import.meta.url).pathname },
      { find: /^@roadmap-graph\/core\/elk-node$/, replacement: new URL('../core/src/layout/elkNodeEngine.ts', import.meta.url).pathname },
    ],
  },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-output/vitest-rehype.json' },
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
