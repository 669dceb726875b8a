/**
 * Starts the layout worker (ELK in a module Web Worker). Kept beside `layoutWorker.ts` on purpose:
 * the relative URL is resolved from this file, in the sources (Vite dev, Storybook) and in the
 * built package, where the build rewrites it to the emitted `./layoutWorker.js` (see vite.config.ts).
 *
 * @throws when the environment has no module Web Workers (Node, some test environments).
 */
export function createLayoutWorker(): Worker {
  if (typeof Worker === 'undefined') {
    throw new Error('This environment has no Web Workers, so no layout can be computed: pass a baked layout');
  }
  return new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
}
