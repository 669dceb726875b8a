import { serveStatic, type ServeStaticOptions, type StaticServer } from '../../support/serveStatic.js';
import { PATHS } from './elementPaths.js';

/**
 * Serves the element's test pages as a blogger's host would: the fixtures at `/`, the built
 * element at `/element/` (a subfolder, so the worker must be found beside the script), the
 * roadmap data at `/data/` and the blog post at `/blog/`; `extra` adds or overrides mounts.
 */
export function serveElement(options: ServeStaticOptions & { extra?: Record<string, string> } = {}): Promise<StaticServer> {
  const { extra = {}, ...rest } = options;
  return serveStatic({ '/': PATHS.fixtures, '/element': PATHS.dist, '/data': PATHS.data, '/blog': PATHS.blog, ...extra }, rest);
}
