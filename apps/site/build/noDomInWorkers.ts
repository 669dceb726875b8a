import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * For worker bundles: packages whose `browser` build reaches for `document` get their plain
 * build instead (a worker has no DOM). Vite resolves the `browser` export condition for workers
 * too; micromark's entity decoder (decode-named-character-reference) would otherwise decode
 * through a DOM element and fail in the playground's draft worker. The element's own worker
 * build does the same with the `worker` condition (packages/element/vite.config.ts).
 */
export function noDomInWorkers(): Plugin {
  const DOM_ONLY_IN_BROWSER = new Set(['decode-named-character-reference']);
  return {
    name: 'roadmap-graph-site:no-dom-in-workers',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!DOM_ONLY_IN_BROWSER.has(source) || importer === undefined) return null;
      // Node's resolution picks the package's `default` export: its build without a DOM.
      return createRequire(importer).resolve(source);
    },
  };
}
