import type { Plugin } from 'vite';
import { WORKER_FILE } from '../src/worker/workerFile.js';

const IGNORE = '/* @vite-ignore */';
const SOURCE = /\/src\/scriptUrl\.es\.ts$/;
const QUOTE = '[`\'"]';
/** The reference as the minifier writes it: `new URL("./roadmap-graph.layout-worker.js",import.meta.url)`. */
const REFERENCE = new RegExp(`new URL\\(${QUOTE}\\./${WORKER_FILE.replaceAll('.', '\\.')}${QUOTE},import\\.meta\\.url\\)`, 'g');

/**
 * Keeps `new URL('./roadmap-graph.layout-worker.js', import.meta.url)` (src/scriptUrl.es.ts) in
 * dist/roadmap-graph.js as written: the form the bundlers of the apps that import the package
 * recognise, to copy the worker into their build. Left alone, this library build would rewrite
 * it to `new URL(…, '' + import.meta.url)` (Vite's own asset handling, which cannot find the
 * worker beside the source), which no bundler recognises. The source therefore carries
 * `@vite-ignore`, and this plugin blanks the comment out once Vite has passed it (space for
 * space, so the source map holds), since a kept comment would make the apps' Vite skip it too.
 * The build fails if the emitted file does not hold the reference exactly once.
 */
export function keepWorkerReference(): Plugin {
  return {
    name: 'roadmap-graph:keep-worker-reference',
    transform: {
      order: 'post',
      handler(code, id) {
        if (!SOURCE.test(id)) return null;
        if (!code.includes(IGNORE)) this.error(`${id} no longer marks its worker URL ${IGNORE}`);
        return { code: code.replace(IGNORE, ' '.repeat(IGNORE.length)), map: null };
      },
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        // The element's own entry; translations (labels/*.js) start no worker.
        if (output.type !== 'chunk' || !output.isEntry || output.name !== 'roadmap-graph') continue;
        const found = output.code.match(REFERENCE)?.length ?? 0;
        if (found !== 1) {
          this.error(`${output.fileName} must reference its worker as new URL('./${WORKER_FILE}', import.meta.url) once, for bundlers to find it; found ${found}`);
        }
      }
    },
  };
}
