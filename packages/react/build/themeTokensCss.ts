import { isCSSRequest, type Plugin } from 'vite';
// Core's palette by path, not through the package: it has no imports, so the Vite config that
// loads this file reads it without a build of core (and without the rest of core).
import { PALETTE } from '../../core/src/theme/palette.js';
import { themeTokensOf, type ThemeToken } from '../src/theme/themeTokens.js';

const MARKER = /^([ \t]*)@theme-tokens\s+([^;\s]*)\s*;/gm;

/**
 * `css` with each `@theme-tokens light;` or `@theme-tokens dark;` line replaced by one
 * declaration per token with its value in that scheme, indented like the marker. Throws on any
 * other scheme, so a typo cannot leave a theme without its colours.
 */
export function writeThemeTokens(css: string, tokens: readonly ThemeToken[] = themeTokensOf(PALETTE)): string {
  return css.replace(MARKER, (_marker, indent: string, scheme: string) => {
    if (scheme !== 'light' && scheme !== 'dark') throw new Error(`@theme-tokens takes light or dark, not "${scheme}"`);
    return tokens.map((token) => `${indent}${token.name}: ${token[scheme]};`).join('\n');
  });
}

/**
 * The Vite plugin that writes the theme's custom properties into src/styles/theme.css (see
 * {@link writeThemeTokens}), for every build that bundles the React package's styles from
 * source: its library build, the element's page scripts and tests, the stories. It runs after
 * Vite has inlined the stylesheet's `@import`s, so it sees the theme wherever it is imported.
 */
export function themeTokensCss(): Plugin {
  return {
    name: 'roadmap-graph:theme-tokens-css',
    transform(code, id) {
      if (!isCSSRequest(id) || !code.includes('@theme-tokens')) return null;
      const css = writeThemeTokens(code);
      const rest = css.replace(/\/\*[\s\S]*?\*\//g, '');
      if (rest.includes('@theme-tokens')) this.error(`${id}: an @theme-tokens marker is not on a line of its own`);
      return { code: css, map: null };
    },
  };
}
