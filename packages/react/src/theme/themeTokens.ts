import type { PaletteColor } from '@roadmap-graph/core';

/** One CSS custom property of the roadmap theme. */
export interface ThemeToken {
  /** The property name, always prefixed `--rg-`. */
  name: `--rg-${string}`;
  /** What the property paints. */
  purpose: string;
  /** Value in the light theme. */
  light: string;
  /** Value in the dark theme. */
  dark: string;
}

/** The custom property of a palette colour: `surfaceMuted` → `--rg-surface-muted`. */
function propertyOf(key: string): ThemeToken['name'] {
  return `--rg-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** A property with one value in both themes. */
function same(name: ThemeToken['name'], purpose: string, value: string): ThemeToken {
  return { name, purpose, light: value, dark: value };
}

/**
 * The theme's custom properties from a palette: the font and radius, then one property per
 * colour. Imports nothing at run time, so the build reads it too: build/themeTokensCss.ts writes
 * the same list into the stylesheet (see `THEME_TOKENS`, the list from core's `PALETTE`).
 */
export function themeTokensOf(palette: Readonly<Record<string, PaletteColor>>): ThemeToken[] {
  return [
    same('--rg-font-family', 'Font of all text; Helvetica metrics, which the layout measures titles with', 'Arial, Helvetica, "Liberation Sans", Arimo, "Nimbus Sans", sans-serif'),
    same('--rg-radius', 'Corner radius of topic boxes, buttons and panels', '8px'),
    ...Object.entries(palette).map(([key, { role, light, dark }]) => ({ name: propertyOf(key), purpose: role, light, dark })),
  ];
}
