import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '../test-output/vitest-browser.json' },
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false,
    // expect.poll waits for what a reader waits for (a script parsed, a map drawn); on a loaded
    // 2-core machine that can take seconds, past the default second.
    expect: { poll: { timeout: 20_000, interval: 50 } },
  },
});
