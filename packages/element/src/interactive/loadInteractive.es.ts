// The ES build's way to the interactive part: a dynamic import, which the build splits into a
// chunk beside the script (and a bundler that takes in the ES build splits or bundles as it likes).
// The classic script build swaps in loadInteractive.iife.ts through an alias in vite.config.ts.

/** Loads the interactive part of the element (UI runtime, React Flow, the React map). */
export function loadInteractive(): Promise<typeof import('./mountInteractive.js')> {
  return import('./mountInteractive.js');
}
