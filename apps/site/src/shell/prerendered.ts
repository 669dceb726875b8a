/**
 * How build/prerender.ts filled a page's `#root` at build time, in its `data-prerendered`
 * attribute, for mountPage: `page` is the page itself (the browser hydrates it), `notice` says
 * what works without JavaScript (the browser replaces it with the page). A page built without
 * it (the dev server) is simply rendered.
 */
export type Prerendered = 'page' | 'notice';

/** The attribute of `#root` that holds {@link Prerendered}. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
