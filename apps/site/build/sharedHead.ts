import type { HtmlTagDescriptor, Plugin } from 'vite';
import { THEME_KEY } from '../src/shell/themeSetting.js';

const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect x='1' y='1' width='6' height='4' rx='1' fill='%230969da'/%3E%3Crect x='9' y='11' width='6' height='4' rx='1' fill='%231a7f37'/%3E%3Cpath d='M4 5v4h8v2' fill='none' stroke='%2359636e' stroke-width='1.5'/%3E%3C/svg%3E";

// Runs before the first paint, so a reader who chose dark never sees a white flash; it reads the
// same key as src/shell/themeSetting.ts.
const APPLY_SAVED_THEME = `try {
  var t = localStorage.getItem(${JSON.stringify(THEME_KEY)});
  if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
} catch (e) {}`;

// The pages are pre-rendered (prerender.ts), controls included; without JavaScript those that
// need it would do nothing when pressed: the theme switch (auto, the system's choice, still
// applies), the map's toolbar and skip button (search, progress, outline; the outline is what
// shows), the copy buttons of code blocks.
const WITHOUT_SCRIPT = '<style>.site-theme, .rg-skip, .rg-toolbar-area, .site-code .site-button { display: none; }</style>';

/**
 * Adds what every page's <head> shares (colour scheme, icon, the saved theme, what hides without
 * JavaScript) to each HTML entry, so the four pages keep only their title, description and script.
 */
export function sharedHead(): Plugin {
  const tags: HtmlTagDescriptor[] = [
    { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' }, injectTo: 'head' },
    { tag: 'link', attrs: { rel: 'icon', href: ICON }, injectTo: 'head' },
    { tag: 'script', children: APPLY_SAVED_THEME, injectTo: 'head' },
    { tag: 'noscript', children: WITHOUT_SCRIPT, injectTo: 'head' },
  ];
  return { name: 'roadmap-graph-site:shared-head', transformIndexHtml: () => tags };
}
