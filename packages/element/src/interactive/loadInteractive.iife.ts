import { SCRIPT_TAG } from '#script-url';

/** File name of the classic script's interactive part, an ES module emitted beside it in dist/. */
export const INTERACTIVE_FILE = 'roadmap-graph.iife.interactive.js';

/**
 * Loads the interactive part of the element (UI runtime, React Flow, the React map) from beside
 * the classic script: a classic script cannot split itself, but it can import a module by URL
 * (under a CSP, the script tag's nonce carries over to the import).
 */
export function loadInteractive(): Promise<typeof import('./mountInteractive.js')> {
  const base = SCRIPT_TAG?.src || (typeof document === 'undefined' ? undefined : document.baseURI);
  return import(/* @vite-ignore */ new URL(INTERACTIVE_FILE, base).href);
}
