import type { StorybookConfig } from '@storybook/react-vite';
import { themeTokensCss } from '../../packages/react/build/themeTokensCss.js';
import { sourceAliases } from '../../scripts/sourceAliases.js';

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
      // Writes the theme's colours into the React package's styles (see the plugin).
      plugins: [themeTokensCss()],
      resolve: {
        // Stories run against the packages' sources, so no build is needed first. This reaches
        // the layout worker bundle too: core's package.json lists the worker entry's source
        // under `sideEffects`, so its bare import there is kept.
        alias: sourceAliases(),
        // packages/react and this package each link React; one copy must reach the page.
        dedupe: ['react', 'react-dom'],
      },
      worker: { format: 'es' },
    });
  },
};

export default config;
