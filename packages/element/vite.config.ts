import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Alias, type Plugin, type UserConfig } from 'vite';
import { sourceAliases } from '../../scripts/sourceAliases.js';
import { themeTokensCss } from '../react/build/themeTokensCss.js';
import { READ_WORKER_FILE, WORKER_FILE } from './src/worker/workerFile.js';
import { customElementsManifest } from './build/customElementsManifest.js';
import { keepWorkerReference } from './build/keepWorkerReference.js';

// Five builds into dist/, one per `vite build --mode <target>` (see package.json):
// - worker: roadmap-graph.layout-worker.js, a classic worker script with ELK; the element loads
//   it only when a layout must be computed.
// - read-worker: roadmap-graph.read-worker.js, a classic worker script that reads and validates
//   long JSON and Markdown outlines (core's validation and the Markdown import, no ELK).
// - es:     roadmap-graph.js, an ES module for <script type="module">, its chunk
//           roadmap-graph.interactive.js, imported by it, and labels/fr.js, the French words for
//           its `labels` property (a module of its own: the script stays English).
// - iife:   roadmap-graph.iife.js, a classic script for a plain <script src>.
// - iife-interactive: roadmap-graph.iife.interactive.js, the classic script's interactive part,
//   an ES module it imports by URL from beside itself.
// The page scripts register <roadmap-graph> and carry what the first map needs: the element,
// core's validation and the plain-DOM first map (src/firstMap/). The interactive parts carry
// the rest (React or Preact, React Flow, the React package's map), loaded at once but drawn
// after the first map (decisions/first-map.md).

type Target = 'worker' | 'read-worker' | 'es' | 'iife' | 'iife-interactive';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Which UI runtime the page scripts carry: `preact` (preact/compat standing in for React and
 * react-dom, the default: about 55 KB gzip smaller) or `react` (React 19 itself).
 */
export function runtime(): 'react' | 'preact' {
  const value = process.env.ROADMAP_GRAPH_RUNTIME ?? 'preact';
  if (value !== 'react' && value !== 'preact') throw new Error(`ROADMAP_GRAPH_RUNTIME must be react or preact, got ${value}`);
  return value;
}

const PREACT: Alias[] = [
  { find: /^react-dom\/client$/, replacement: require.resolve('preact/compat/client') },
  { find: /^react-dom$/, replacement: require.resolve('preact/compat') },
  { find: /^react\/jsx-runtime$/, replacement: require.resolve('preact/compat/jsx-runtime') },
  { find: /^react\/jsx-dev-runtime$/, replacement: require.resolve('preact/compat/jsx-dev-runtime') },
  { find: /^react$/, replacement: require.resolve('preact/compat') },
];

/**
 * The React package starts its own layout worker with `new Worker(new URL('./layoutWorker.ts',
 * import.meta.url))` when no engine is given. The element always gives one (its worker is found
 * next to the script, with a blob: fallback), so that module is replaced by a stub: otherwise
 * Vite would bundle a second copy of ELK for a code path that never runs.
 */
function noDefaultWorker(): Plugin {
  const STUB = '\0roadmap-graph:no-default-worker';
  return {
    name: 'roadmap-graph:no-default-worker',
    enforce: 'pre',
    resolveId(source, importer) {
      if (/(^|\/)createLayoutWorker\.js$/.test(source) && importer?.includes('/packages/react/src/')) return STUB;
      return null;
    },
    load(id) {
      if (id !== STUB) return null;
      return `export function createLayoutWorker() { throw new Error('<roadmap-graph> starts its layout worker itself'); }`;
    },
  };
}

/**
 * Ships the type declarations with the ES build: types/roadmap-graph.d.ts (self-contained, no
 * import of core or React, which the script bundles), types/script.d.ts (the plain scripts'
 * entries, which export nothing) and types/jsx.d.ts (React 19 JSX typing,
 * exported as `./jsx`). They are written by hand rather than generated, because core's data types
 * are inferred from zod schemas; test/types/drift.ts keeps them equal to the sources.
 */
function shipTypes(): Plugin {
  const FILES = ['roadmap-graph.d.ts', 'data.d.ts', 'events.d.ts', 'labels.d.ts', 'jsx.d.ts', 'labels/fr.d.ts', 'script.d.ts'];
  return {
    name: 'roadmap-graph:ship-types',
    generateBundle() {
      for (const file of FILES) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(here(`types/${file}`), 'utf8') });
    },
  };
}

/**
 * Writes custom-elements.json (the Custom Elements Manifest, see build/customElementsManifest.ts)
 * beside package.json, where its `customElements` field points. Generated, so not in git.
 */
function writeManifest(): Plugin {
  return {
    name: 'roadmap-graph:custom-elements-manifest',
    writeBundle() {
      writeFileSync(here('custom-elements.json'), `${JSON.stringify(customElementsManifest(), null, 2)}\n`);
    },
  };
}

function target(mode: string): Target {
  if (mode === 'worker' || mode === 'read-worker' || mode === 'es' || mode === 'iife' || mode === 'iife-interactive') return mode;
  throw new Error(`build with --mode worker, read-worker, es, iife or iife-interactive (got ${mode})`);
}

const ENTRIES: Record<Target, string> = {
  worker: 'src/worker/layoutWorker.ts',
  'read-worker': 'src/worker/readWorker.ts',
  es: 'src/index.ts',
  iife: 'src/iife.ts',
  'iife-interactive': 'src/interactive/mountInteractive.ts',
};

const FILES: Record<Target, string> = {
  worker: WORKER_FILE,
  'read-worker': READ_WORKER_FILE,
  es: 'roadmap-graph.js',
  iife: 'roadmap-graph.iife.js',
  'iife-interactive': 'roadmap-graph.iife.interactive.js',
};

export default defineConfig(({ mode }): UserConfig => {
  const build = target(mode);
  const page = build !== 'worker' && build !== 'read-worker';
  return {
    plugins: page ? [react(), noDefaultWorker(), themeTokensCss(), ...(build === 'es' ? [shipTypes(), keepWorkerReference(), writeManifest()] : [])] : [],
    resolve: {
      // In the worker there is no `document`: packages with a worker build must use it
      // (micromark's entity decoder would otherwise decode through a DOM element).
      ...(page ? {} : { conditions: ['worker', 'module', 'browser', 'production'] }),
      alias: [
        // The workspace packages from their sources, like the tests: no build of them is needed first.
        ...sourceAliases(),
        ...(page && runtime() === 'preact' ? PREACT : []),
        // Where the script finds itself, to load the worker beside it (see src/scriptUrl.*.ts).
        { find: /^#script-url$/, replacement: here(build === 'iife' ? 'src/scriptUrl.iife.ts' : 'src/scriptUrl.es.ts') },
        // How the page script loads its interactive part (see src/interactive/loadInteractive.*.ts).
        { find: /^#interactive$/, replacement: here(build === 'iife' ? 'src/interactive/loadInteractive.iife.ts' : 'src/interactive/loadInteractive.es.ts') },
      ],
    },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist',
      emptyOutDir: build === 'worker',
      sourcemap: true,
      minify: true,
      target: 'es2022',
      reportCompressedSize: true,
      lib: {
        entry: build === 'es' ? { 'roadmap-graph': ENTRIES.es, 'labels/fr': 'src/labels/fr.ts' } : ENTRIES[build],
        formats: [build === 'es' || build === 'iife-interactive' ? 'es' : 'iife'],
        // The IIFE entries export nothing, so no global variable is created on the page.
        name: page ? 'RoadmapGraphElement' : 'RoadmapGraphWorker',
        fileName: (_format, entry) => (build === 'es' ? `${entry}.js` : FILES[build]),
      },
      // Vite keeps the whitespace of ES library builds (apps minify them again); these files are
      // loaded by pages as they are, so they are minified fully like the IIFE, without the pure
      // annotations meant for bundlers downstream. The ES build's one chunk is its interactive
      // part; what it shares with the script stays in the script (which may then export a few
      // more, internal names) rather than in a third file.
      rolldownOptions:
        build === 'es' || build === 'iife-interactive'
          ? {
              preserveEntrySignatures: 'allow-extension',
              output: {
                minify: true,
                comments: { legal: true, annotation: false, jsdoc: false },
                chunkFileNames: (chunk) => (chunk.name === 'mountInteractive' ? 'roadmap-graph.interactive.js' : 'roadmap-graph.[name].js'),
              },
            }
          : {},
    },
  };
});
