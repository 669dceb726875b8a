import { DARK_THEME, LIGHT_THEME, type SvgTheme } from './svgTheme.js';

/** Prefix of the custom properties that carry the colours of an `auto` picture. */
const PROPERTY_PREFIX = '--rg-svg-';

/** The custom property that carries the colour at `path` of a theme: `levels.beginner.fill` → `--rg-svg-levels-beginner-fill`. */
function propertyOf(path: readonly string[]): string {
  return PROPERTY_PREFIX + path.map((key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)).join('-');
}

/** The theme with each colour replaced by `paint(its property, the colour)`. */
function mapTheme(theme: SvgTheme, paint: (property: string, colour: string) => string): SvgTheme {
  const walk = (value: unknown, path: string[]): unknown =>
    typeof value === 'string'
      ? paint(propertyOf(path), value)
      : Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, walk(inner, [...path, key])]));
  return walk(theme, []) as SvgTheme;
}

/** Every colour of a theme as `property:colour` declarations. */
function declarations(theme: SvgTheme): string[] {
  const out: string[] = [];
  mapTheme(theme, (property, colour) => {
    out.push(`${property}:${colour}`);
    return colour;
  });
  return out;
}

/**
 * The theme of a picture that follows the reader's colour scheme: every colour is
 * `var(--rg-svg-…, <light colour>)`, so a viewer without custom properties (or a page whose
 * policy blocks the picture's `<style>`) still draws the light theme, and {@link autoThemeCss}
 * switches the properties to the dark colours under `prefers-color-scheme: dark`. Custom
 * properties in presentation attributes are what OpenType colour fonts rely on, so browsers and
 * librsvg read them.
 */
export const AUTO_THEME: SvgTheme = mapTheme(LIGHT_THEME, (property, light) => `var(${property}, ${light})`);

/**
 * The style sheet that gives an {@link AUTO_THEME} picture its dark colours when the reader
 * prefers a dark scheme, scoped to `selector` (the picture's root): a picture inlined in an HTML
 * page shares the page's style scope, so an unscoped rule would reach other pictures.
 */
export function autoThemeCss(selector: string): string {
  return `@media (prefers-color-scheme: dark){${selector}{${declarations(DARK_THEME).join(';')}}}`;
}
