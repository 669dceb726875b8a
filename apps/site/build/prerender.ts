import { relative, resolve } from 'node:path';
import { runnerImport, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import type { PageId } from '../src/shell/pages.js';
import { PRERENDERED_ATTRIBUTE } from '../src/shell/prerendered.js';
import type { PageMarkup } from './pageMarkup.js';

const EMPTY_ROOT = '<div id="root"></div>';

/** Options of {@link prerender}. */
export interface PrerenderOptions {
  /** The module that renders a page (build/pageMarkup.tsx), as an absolute path. */
  entry: string;
  /** Plugins the pages' modules need besides Vite's own (virtual modules), created afresh for the render. */
  plugins: () => PluginOption[];
}

/**
 * Pre-renders every page at build time: each HTML entry's empty `#root` gets the page's markup
 * (the header, then the page: the roadmap's outline, the docs, or for the playground and the
 * embed builder a notice of what works without JavaScript), so readers without JavaScript,
 * search engines and slow connections get the content, and the browser hydrates it.
 *
 * The entries' names are the pages' ids (`build.rolldownOptions.input` of vite.config.ts). The
 * page modules run in Node through Vite's module runner (`runnerImport`), with the app's aliases,
 * base and the given plugins, so they import JSON, virtual modules and `@data/` as in the browser;
 * packages load from their built `dist` as the browser bundle does. The dev server is left alone.
 */
export function prerender(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  let renderer: Promise<(id: PageId) => PageMarkup> | undefined;
  const load = async (): Promise<(id: PageId) => PageMarkup> => {
    const { module } = await runnerImport<typeof import('./pageMarkup.js')>(options.entry, {
      root: config.root,
      base: config.base,
      mode: config.mode,
      logLevel: 'warn',
      resolve: { alias: config.resolve.alias },
      plugins: options.plugins(),
    });
    return module.pageMarkup;
  };
  return {
    name: 'site:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const id = pageOf(config, context.filename);
        if (id === undefined) return html;
        if (!html.includes(EMPTY_ROOT)) throw new Error(`${relative(config.root, context.filename)}: no ${EMPTY_ROOT} to pre-render the page into`);
        renderer ??= load();
        const { html: markup, prerendered } = (await renderer)(id);
        return html.replace(EMPTY_ROOT, `<div id="root" ${PRERENDERED_ATTRIBUTE}="${prerendered}">${markup}</div>`);
      },
    },
  };
}

/** The page id of an HTML entry: its name in `build.rolldownOptions.input`. */
function pageOf(config: ResolvedConfig, file: string): PageId | undefined {
  const input = config.build.rolldownOptions.input;
  if (typeof input !== 'object' || Array.isArray(input)) return undefined;
  const entry = Object.entries(input).find(([, path]) => resolve(config.root, path) === resolve(file));
  return entry?.[0] as PageId | undefined;
}
