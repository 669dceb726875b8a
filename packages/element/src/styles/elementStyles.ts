import reactCss from '@roadmap-graph/react/style.css?inline';
import { hostTheme } from './hostTheme.js';
import hostCss from './host.css?inline';

/**
 * Everything the shadow root needs: the element's own rules, then the React package's styles
 * with the theme moved to :host (later, so the theme's `color-scheme` wins over `all: initial`).
 */
export const ELEMENT_CSS = `${hostCss}\n${hostTheme(reactCss).css}`;
