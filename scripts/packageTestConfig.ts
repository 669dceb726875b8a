import type { ViteUserConfig } from 'vitest/config';
import { sourceAliases } from './sourceAliases.js';

/**
 * The Vitest config of a workspace package whose tests run in Node (core, markdown-it, rehype):
 * its `test/**\/*.test.ts` against the other packages' sources (sourceAliases.ts), with a JSON
 * report in test-output/ named after the package, which `pnpm test` sums up.
 *
 * @example
 * export default packageTestConfig('rehype');
 */
export function packageTestConfig(name: string): ViteUserConfig {
  return {
    resolve: { alias: sourceAliases() },
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: `../../test-output/vitest-${name}.json` },
      include: ['test/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
}
