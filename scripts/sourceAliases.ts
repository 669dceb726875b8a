// The one list of where the workspace packages' sources are, for every Vite and Vitest config that
// runs them from source (the packages' tests, the element's build, the stories), so none of them
// needs a build of the others first. The library builds of core and react, the site and the
// browser tests use the built packages instead, as users get them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One Vite alias (Vite's `Alias`, written out: markdown-it and rehype depend on Vitest only). */
export interface SourceAlias {
  find: RegExp;
  replacement: string;
}

/**
 * Each public entry of a workspace package and the source it is built from: the `exports` of
 * packages/core and packages/react, with `dist/x.js` read as `src/x.ts`.
 */
const ENTRIES: Record<string, string> = {
  '@roadmap-graph/core': 'packages/core/src/index.ts',
  '@roadmap-graph/core/layout-worker': 'packages/core/src/layout/layoutWorker.ts',
  '@roadmap-graph/core/elk-node': 'packages/core/src/layout/elkNodeEngine.ts',
  '@roadmap-graph/react': 'packages/react/src/index.ts',
  '@roadmap-graph/react/server': 'packages/react/src/server.ts',
  '@roadmap-graph/react/internal': 'packages/react/src/internal.ts',
  '@roadmap-graph/react/labels/fr': 'packages/react/src/labels/fr.ts',
};

/**
 * Names matched as a prefix, so that a query such as `?inline` stays on the replacement: the
 * React package's public style sheet (`dist/style.css` once built).
 */
const FOLDERS: Record<string, string> = {
  '@roadmap-graph/react/style.css': 'packages/react/src/styles/index.css',
};

const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The Vite aliases from the workspace packages' names to their sources. Each entry is matched
 * whole, so `@roadmap-graph/core` does not also catch `@roadmap-graph/core/elk-node`. Throws,
 * naming the file, when a source is missing, rather than letting a test fall back to a stale build.
 *
 * @example
 * export default defineConfig({ resolve: { alias: [...sourceAliases(), ...ownAliases] } });
 */
export function sourceAliases(): SourceAlias[] {
  const entries = Object.entries(ENTRIES).map(([name, path]) => ({ find: new RegExp(`^${escape(name)}$`), replacement: fromRoot(path) }));
  const folders = Object.entries(FOLDERS).map(([prefix, path]) => ({ find: new RegExp(`^${escape(prefix)}`), replacement: fromRoot(path) }));
  for (const { replacement } of [...entries, ...folders]) {
    if (!existsSync(replacement)) throw new Error(`scripts/sourceAliases.ts: ${replacement} does not exist; update the list`);
  }
  return [...entries, ...folders];
}
