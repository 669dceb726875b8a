import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { themeTokensCss } from './build/themeTokensCss.js';

// Library build: ESM only, React and the other runtime dependencies stay imports (the app
// bundles them once), all CSS goes into one dist/style.css.
const EXTERNAL = [/^react(\/.*)?$/, /^react-dom(\/.*)?$/, /^@xyflow\/react(\/.*)?$/, /^d3-scale(\/.*)?$/, /^@roadmap-graph\/core(\/.*)?$/];

const WORKER_SOURCE_URL = "new URL('./layoutWorker.ts', import.meta.url)";
const WORKER_PLACEHOLDER = '__RG_LAYOUT_WORKER_URL__';

/**
 * The layout worker is a second entry, emitted as dist/layoutWorker.js beside dist/index.js.
 * Left alone, Vite would bundle `new Worker(new URL('./layoutWorker.ts', import.meta.url))` in
 * createLayoutWorker.ts into an asset of its own and rewrite the expression to a form that the
 * bundlers of apps no longer recognise. So the expression is swapped for a placeholder before
 * Vite's worker plugin sees it and written back afterwards, pointing at the emitted file, in the
 * standard `new Worker(new URL('./x.js', import.meta.url))` form that Vite, webpack and others
 * follow when they bundle an app.
 */
function layoutWorkerUrl(): Plugin {
  return {
    name: 'roadmap-graph:layout-worker-url',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/createLayoutWorker.ts')) return null;
      if (!code.includes(WORKER_SOURCE_URL)) this.error(`expected ${WORKER_SOURCE_URL} in ${id}`);
      return { code: code.replace(WORKER_SOURCE_URL, WORKER_PLACEHOLDER), map: null };
    },
    renderChunk(code) {
      if (!code.includes(WORKER_PLACEHOLDER)) return null;
      return { code: code.replace(WORKER_PLACEHOLDER, 'new URL("./layoutWorker.js", import.meta.url)'), map: null };
    },
  };
}

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"];?/;

/**
 * Keeps `'use client'` at the top of the entries whose source starts with it (src/index.ts: its
 * components and hooks use state and effects). Bundlers drop module directives, so without this
 * a React Server Component that imports `@roadmap-graph/react` (a Next.js App Router page) runs
 * the hooks on the server and fails. Entries without it (server, internal, the worker) stay
 * importable from server code.
 */
function clientDirective(): Plugin {
  const client = new Set<string>();
  return {
    name: 'roadmap-graph:client-directive',
    apply: 'build',
    transform(code, id) {
      if (USE_CLIENT.test(code)) client.add(id);
      return null;
    },
    banner(chunk) {
      return chunk.isEntry && chunk.facadeModuleId !== null && client.has(chunk.facadeModuleId) ? "'use client';" : '';
    },
  };
}

/**
 * Pulls src/styles/index.css into the build so it comes out as dist/style.css. Not imported from
 * src/index.ts itself: tsc would copy that import into dist/index.d.ts, where it points at a file
 * the package does not ship and breaks type checks of apps (noUncheckedSideEffectImports).
 */
function bundleStyles(): Plugin {
  return {
    name: 'roadmap-graph:bundle-styles',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/src/index.ts')) return null;
      return { code: `import './styles/index.css';\n${code}`, map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), clientDirective(), layoutWorkerUrl(), bundleStyles(), themeTokensCss()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Apps minify; a readable dist is easier to debug and diff.
    minify: false,
    lib: {
      // A translation is an entry of its own, so an app carries only the languages it imports.
      entry: { index: 'src/index.ts', server: 'src/server.ts', internal: 'src/internal.ts', layoutWorker: 'src/layoutWorker.ts', 'labels/fr': 'src/labels/fr.ts' },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
      cssFileName: 'style',
    },
    rolldownOptions: {
      external: EXTERNAL,
    },
  },
});
