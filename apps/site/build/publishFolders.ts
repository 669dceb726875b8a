import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Plugin } from 'vite';

/** A folder whose files the site publishes under a URL prefix. */
export interface PublishedFolder {
  /** URL folder inside the site, without slashes at either end, e.g. `embed`. */
  prefix: string;
  /** Absolute path of the folder on disk. */
  folder: string;
  /** Which of its files to publish. */
  include: (name: string) => boolean;
  /** Said once when the folder does not exist (yet): what to build to get it. */
  missing?: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Publishes files that live outside the app under site URLs: in the build they are emitted
 * into the output (`<prefix>/<file>`), in the dev server they are served from where they are.
 * The folders are read when the build runs, not when the config loads, so a package built
 * after `vite` started is picked up on the next request or build.
 */
export function publishFolders(folders: PublishedFolder[]): Plugin {
  const filesOf = (entry: PublishedFolder): string[] =>
    existsSync(entry.folder)
      ? readdirSync(entry.folder).filter((name) => entry.include(name) && statSync(join(entry.folder, name)).isFile())
      : [];
  return {
    name: 'site:publish-folders',
    generateBundle() {
      for (const entry of folders) {
        const files = filesOf(entry);
        if (!files.length && entry.missing) this.warn(entry.missing);
        for (const name of files) {
          this.emitFile({ type: 'asset', fileName: `${entry.prefix}/${name}`, source: readFileSync(join(entry.folder, name)) });
        }
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        for (const entry of folders) {
          const name = path.startsWith(`/${entry.prefix}/`) ? path.slice(entry.prefix.length + 2) : undefined;
          if (name === undefined || name.includes('/') || !filesOf(entry).includes(name)) continue;
          response.setHeader('content-type', TYPES[extname(name)] ?? 'application/octet-stream');
          response.end(readFileSync(join(entry.folder, name)));
          return;
        }
        next();
      });
    },
  };
}
