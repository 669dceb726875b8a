/** A light or dark palette. */
export type ColorScheme = 'light' | 'dark';

/** Attributes by which sites' theme toggles say their scheme: Docusaurus, Starlight, Bootstrap 5.3, … */
const SCHEME_ATTRIBUTES = ['data-theme', 'data-color-scheme', 'data-bs-theme', 'data-mode'];
/** Classes by which they say it: Tailwind and VitePress (`dark`), and common variants. */
const SCHEME_CLASSES: Record<string, ColorScheme> = {
  dark: 'dark',
  'dark-mode': 'dark',
  'theme-dark': 'dark',
  light: 'light',
  'light-mode': 'light',
  'theme-light': 'light',
};

/** What the page's own theme toggle may change: observed to follow it live. */
export const PAGE_SCHEME_ATTRIBUTES = [...SCHEME_ATTRIBUTES, 'class', 'style'];

function schemeOf(element: Element | null): ColorScheme | undefined {
  if (!element) return undefined;
  for (const name of SCHEME_ATTRIBUTES) {
    const value = element.getAttribute(name)?.trim().toLowerCase();
    if (value === 'dark' || value === 'light') return value;
  }
  for (const name of element.classList) {
    const scheme = SCHEME_CLASSES[name.toLowerCase()];
    if (scheme) return scheme;
  }
  return undefined;
}

/**
 * The colour scheme a page sets for itself with a theme toggle, if it sets one: `data-theme`
 * (or `data-color-scheme`, `data-bs-theme`, `data-mode`) `="dark"|"light"`, or a `dark`/`light`
 * class, on `<html>` or `<body>`; else a single `color-scheme` (`dark`, `only light`) on `<html>`.
 * `undefined` when the page leaves it to the reader's system setting.
 *
 * @example
 * readPageScheme(document); // 'dark' on <html class="dark">
 */
export function readPageScheme(doc: Document): ColorScheme | undefined {
  const html = doc.documentElement;
  const set = schemeOf(html) ?? schemeOf(doc.body);
  if (set) return set;
  const view = doc.defaultView;
  if (!html || !view) return undefined;
  const words = view.getComputedStyle(html).colorScheme.split(/\s+/).filter((word) => word === 'light' || word === 'dark');
  return words.length === 1 ? (words[0] as ColorScheme) : undefined;
}

/**
 * Calls `onChange` when the page's theme toggle may have changed its scheme (an attribute of
 * `<html>` or `<body>`, or the system setting); returns the way to stop.
 */
export function subscribePageScheme(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  const observe = (element: Element | null): void => {
    if (element) observer.observe(element, { attributes: true, attributeFilter: PAGE_SCHEME_ATTRIBUTES });
  };
  observe(doc.documentElement);
  observe(doc.body);
  const query = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  query?.addEventListener?.('change', onChange);
  return () => {
    observer.disconnect();
    query?.removeEventListener?.('change', onChange);
  };
}
