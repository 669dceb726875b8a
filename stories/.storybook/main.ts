import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import type { Plugin } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const CORE_LAYOUT_WORKER = fromHere('../../packages/core/src/layout/layoutWorker.ts');

/**
 * Resolves the core's worker entry to its source. An alias alone is not enough: the core's
 * package.json lists only dist/layout/layoutWorker.js under `sideEffects`, so the bundler would
 * drop `import '@roadmap-graph/core/layout-worker'` from packages/react/src/layoutWorker.ts and
 * emit an empty worker, whose layouts then time out. The entry is nothing but side effects.
 */
function coreLayoutWorkerSource(): Plugin {
  return {
    name: 'roadmap-graph:core-layout-worker-source',
    enforce: 'pre',
    resolveId(source) {
      if (source !== '@roadmap-graph/core/layout-worker') return null;
      return { id: CORE_LAYOUT_WORKER, moduleSideEffects: true };
    },
  };
}

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  core: {
    // Storybook must work offline (CI without network, intranets): no telemetry, no crash
    // reports, no "what's new" notifications. The dev script adds --no-version-updates.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [coreLayoutWorkerSource()],
      resolve: {
        // Stories run against the packages' sources, so no build is needed first.
        alias: [
          { find: /^@roadmap-graph\/react$/, replacement: fromHere('../../packages/react/src/index.ts') },
          { find: /^@roadmap-graph\/core$/, replacement: fromHere('../../packages/core/src/index.ts') },
        ],
        // packages/react and this package each link React; one copy must reach the page.
        dedupe: ['react', 'react-dom'],
      },
      // The layout worker is bundled apart from the page, with its own plugins.
      worker: { format: 'es', plugins: () => [coreLayoutWorkerSource()] },
    });
  },
};

export default config;
