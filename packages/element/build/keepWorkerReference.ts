import type { Plugin } from 'vite';
import { READ_WORKER_FILE, WORKER_FILE } from '../src/worker/workerFile.js';

const IGNORE = '/* @vite-ignore */';
const SOURCE = /\/src\/scriptUrl\.es\.ts$/;
const QUOTE = '[`\'"]';
/** The workers the ES module starts, each referenced once from src/scriptUrl.es.ts. */
const WORKERS = [WORKER_FILE, READ_WORKER_FILE];
/** A reference as the minifier writes it: `new URL("./roadmap-graph.layout-worker.js",import.meta.url)`. */
const reference = (file: string): RegExp => new RegExp(`new URL\\(${QUOTE}\\./${file.replaceAll('.', '\\.')}${QUOTE},import\\.meta\\.url\\)`, 'g');

/**
 * Keeps `new URL('./roadmap-graph.layout-worker.js', import.meta.url)` and the read worker's
 * like it (src/scriptUrl.es.ts) in dist/roadmap-graph.js as written: the form the bundlers of
 * the apps that import the package recognise, to copy the workers into their build. Left alone,
 * this library build would rewrite them to `new URL(…, '' + import.meta.url)` (Vite's own asset
 * handling, which cannot find the workers beside the source), which no bundler recognises. The
 * source therefore carries `@vite-ignore`, and this plugin blanks the comments out once Vite has
 * passed them (space for space, so the source map holds), since a kept comment would make the
 * apps' Vite skip them too. The build fails unless the emitted file holds each reference exactly once.
 */
export function keepWorkerReference(): Plugin {
  return {
    name: 'roadmap-graph:keep-worker-reference',
    transform: {
      order: 'post',
      handler(code, id) {
        if (!SOURCE.test(id)) return null;
        const marks = code.split(IGNORE).length - 1;
        if (marks !== WORKERS.length) this.error(`${id} must mark each of its ${WORKERS.length} worker URLs ${IGNORE}; found ${marks}`);
        return { code: code.replaceAll(IGNORE, ' '.repeat(IGNORE.length)), map: null };
      },
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        // The element's own entry; translations (labels/*.js) start no worker.
        if (output.type !== 'chunk' || !output.isEntry || output.name !== 'roadmap-graph') continue;
        for (const file of WORKERS) {
          const found = output.code.match(reference(file))?.length ?? 0;
          if (found !== 1) {
            this.error(`${output.fileName} must reference its worker as new URL('./${file}', import.meta.url) once, for bundlers to find it; found ${found}`);
          }
        }
      }
    },
  };
}
