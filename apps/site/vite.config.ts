import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { noDomInWorkers } from './build/noDomInWorkers.js';
import { prerender } from './build/prerender.js';
import { publishFolders } from './build/publishFolders.js';
import { schemaModule } from './build/schemaModule.js';
import { sharedHead } from './build/sharedHead.js';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Four pages, each its own HTML entry (/, /playground/, /embed/, /docs/), named by page id and
 * pre-rendered at build time (build/prerender.ts), so any static host serves them without
 * rewrites, readers without JavaScript get their content, and the URL hash stays free for
 * `#topic=flask` deep links and the playground's share links. The packages come from their built `dist` (as users get them):
 * the root `pnpm build` builds them first.
 */
export default defineConfig({
  plugins: [
    react(),
    sharedHead(),
    schemaModule(),
    // The page modules load the schema (the docs), like the browser bundle does.
    prerender({ entry: fromHere('build/pageMarkup.tsx'), plugins: () => [schemaModule()] }),
    publishFolders([
      {
        prefix: 'element',
        folder: fromHere('../../packages/element/dist'),
        include: (name) => name.endsWith('.js') || name.endsWith('.js.map'),
        missing: 'packages/element/dist is missing, so the site has no <roadmap-graph> (the embed page says so): run `pnpm build` first.',
      },
      {
        prefix: 'data',
        folder: fromHere('../../data'),
        include: (name) => name.endsWith('.roadmap.json') || name.endsWith('.md'),
      },
    ]),
  ],
  resolve: {
    alias: { '@data': fromHere('../../data') },
    // packages/react links its own React for its tests; one copy must reach the page.
    dedupe: ['react', 'react-dom'],
  },
  // The React package starts its layout worker from `new URL('./layoutWorker.js', import.meta.url)`;
  // pre-bundling would move dist/index.js away from that file in the dev server.
  optimizeDeps: { exclude: ['@roadmap-graph/react'] },
  // The playground's draft worker reads Markdown: no DOM-based builds in worker bundles.
  worker: { format: 'es', plugins: () => [noDomInWorkers()] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The map and the editor are big; one warning per build about it tells nobody anything.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        home: fromHere('index.html'),
        playground: fromHere('playground/index.html'),
        embed: fromHere('embed/index.html'),
        docs: fromHere('docs/index.html'),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
