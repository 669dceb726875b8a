import type { LayoutDirection } from '@roadmap-graph/core';
import type { GestureMode } from '@roadmap-graph/react';
import { nearestLang } from './nearestLang.js';

/** The element's attributes, read into what the map takes. Unknown values fall back to defaults. */
export interface ElementSettings {
  theme: 'light' | 'dark' | 'auto';
  direction: LayoutDirection | undefined;
  /** A CSS height for the whole element, or `auto`: as tall as the roadmap at reading size. */
  height: string;
  gestures: GestureMode;
  hashLinks: boolean;
  search: boolean;
  outline: 'toggle' | 'open' | 'off';
  /** The element's `lang`, else the nearest one around it: the language of its words. */
  lang: string | undefined;
}

/**
 * Height of the element without a `height` attribute: `auto`, as tall as the roadmap fitted to
 * the width at reading size, so a blog post shows it like a figure that the page's own scroll
 * reads (and its gestures default to cooperative there). A fixed height makes a viewport to pan.
 */
export const DEFAULT_HEIGHT = 'auto';

const OFF = new Set(['off', 'false', 'no', 'none', '0']);

/** Reads the display attributes of a `<roadmap-graph>`; see the README's attribute table. */
export function readSettings(element: Element): ElementSettings {
  const attribute = (name: string): string | null => element.getAttribute(name)?.trim().toLowerCase() ?? null;
  const theme = attribute('theme');
  const direction = attribute('direction');
  const hashLinks = attribute('hash-links');
  const search = attribute('search');
  const outline = attribute('outline');
  const gestures = attribute('gestures');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    direction: direction === 'down' ? 'DOWN' : direction === 'right' ? 'RIGHT' : undefined,
    height: cssHeight(element.getAttribute('height')),
    gestures: gestures === 'cooperative' || gestures === 'greedy' ? gestures : 'auto',
    hashLinks: hashLinks !== null && !OFF.has(hashLinks),
    search: search === null || !OFF.has(search),
    outline: outline === 'open' ? 'open' : outline !== null && OFF.has(outline) ? 'off' : 'toggle',
    lang: nearestLang(element),
  };
}

/** `720` → `720px`; `auto`; a CSS length (`80vh`, `40rem`) as is; anything else the default. */
export function cssHeight(value: string | null): string {
  const text = value?.trim() ?? '';
  if (text.toLowerCase() === 'auto') return 'auto';
  if (/^\d+(\.\d+)?$/.test(text)) return `${text}px`;
  // Lengths and math functions only (`80vh`, `calc(100vh - 4rem)`), then as the browser sees it.
  if (/^[\w\s.%()+\-*/,]+$/.test(text) && typeof CSS !== 'undefined' && CSS.supports('height', text)) return text;
  return DEFAULT_HEIGHT;
}
