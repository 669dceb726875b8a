/** The two colour schemes every colour of the palette has a value for. */
export type ColorScheme = 'light' | 'dark';

/** One colour of the palette: the role it plays and its value in each scheme. */
export interface PaletteColor {
  /** What the colour paints. */
  role: string;
  /** Value in the light scheme: `#rrggbb` or `rgba(…)`. */
  light: string;
  /** Value in the dark scheme. */
  dark: string;
  /**
   * The shade the static SVG draws instead, in the schemes where its picture has always used a
   * different one. Kept so published pictures do not change; absent where both renderers agree.
   */
  svg?: Partial<Record<ColorScheme, string>>;
}

function color(role: string, light: string, dark: string, svg?: PaletteColor['svg']): PaletteColor {
  return svg ? { role, light, dark, svg } : { role, light, dark };
}

/**
 * Every colour of a roadmap, for light and dark, after GitHub's light and dark palettes. The one
 * source the renderers derive theirs from: the map's CSS custom properties (`--rg-<key in
 * kebab-case>`, listed with these roles as `THEME_TOKENS` in `@roadmap-graph/react`, and written
 * into its stylesheet at build time by its `themeTokensCss` Vite plugin) and the static SVG's
 * `SvgTheme`s.
 *
 * @example
 * PALETTE.text.dark; // '#e6edf3'
 */
export const PALETTE = {
  bg: color('Background of the map canvas and the outline', '#ffffff', '#0d1117'),
  surface: color('Background of the panel, toolbar, controls and legend', '#ffffff', '#151b23'),
  surfaceMuted: color('Hovered buttons, code spans, the legend and other quiet fills', '#f6f8fa', '#212830'),
  text: color('Main text', '#1f2328', '#e6edf3'),
  textMuted: color('Secondary text: counts, hints, captions', '#59636e', '#9198a1'),
  border: color('Borders of inputs, buttons and panels (3:1 against the surfaces)', '#818b98', '#6e7681'),
  borderSubtle: color('Separators and decorative outlines', '#d1d9e0', '#3d444d'),
  accent: color('Primary buttons, pressed toggles, active match', '#0969da', '#4493f8'),
  accentText: color('Text and icons on an accent fill', '#ffffff', '#0d1117'),
  link: color('Links in the panel, the outline and the error view', '#0969da', '#4493f8'),
  focus: color('Keyboard focus ring', '#0969da', '#4493f8'),
  danger: color('Error text and borders', '#d1242f', '#f85149'),
  dangerBg: color('Background of the error view', '#ffebe9', '#25171c'),
  shadow: color('Shadow under floating panels and controls', 'rgba(31, 35, 40, 0.15)', 'rgba(1, 4, 9, 0.6)'),
  backdrop: color('Backdrop behind the full-width panel in narrow containers', 'rgba(31, 35, 40, 0.4)', 'rgba(1, 4, 9, 0.7)'),

  sectionBg: color('Fill of a section box', '#f6f8fa', '#151b23'),
  sectionBorder: color('Outline of a section box', '#d1d9e0', '#3d444d', { light: '#c8d1da' }),
  sectionText: color('Section titles', '#1f2328', '#e6edf3'),
  groupBg: color('Fill of a topic that holds subtopics', '#eaeef2', '#1c232c'),
  groupBorder: color('Outline of a topic that holds subtopics', '#818b98', '#6e7681', { light: '#afb8c1', dark: '#4f5863' }),
  topicBg: color('Fill of a topic box not started', '#ffffff', '#212830'),
  topicBorder: color('Outline of a topic box', '#818b98', '#6e7681', { dark: '#6e7781' }),
  topicText: color('Topic titles', '#1f2328', '#e6edf3'),
  choice: color('Outline of alternatives (pick one) and fill of the "pick one" label', '#8250df', '#ab7df8'),
  choiceText: color('Text on the "pick one" label', '#ffffff', '#0d1117'),
  edgeSequence: color('Arrows from one section to the next', '#424a53', '#9198a1'),
  edgeRequires: color('Arrows from a prerequisite to what needs it', '#0969da', '#4493f8'),

  levelBeginner: color('Beginner level badge', '#1a7f37', '#3fb950'),
  levelIntermediate: color('Intermediate level badge', '#9a6700', '#d29922'),
  levelAdvanced: color('Advanced level badge', '#cf222e', '#ff7b72', { dark: '#f85149' }),
  levelText: color('Letter on a level badge', '#ffffff', '#0d1117'),

  done: color('Outline and mark of a done topic', '#1a7f37', '#3fb950'),
  doneBg: color('Fill of a done topic', '#dafbe1', '#12261e'),
  doneText: color('Text on the done mark', '#ffffff', '#0d1117'),
  inProgress: color('Outline and mark of a topic in progress', '#9a6700', '#d29922'),
  inProgressBg: color('Fill of a topic in progress', '#fff8c5', '#272115'),
  inProgressText: color('Text on the in-progress mark', '#ffffff', '#0d1117'),
  skipped: color('Outline and mark of a skipped topic', '#59636e', '#9198a1'),
  skippedBg: color('Fill of a skipped topic', '#eff2f5', '#161b22'),
  skippedText: color('Text on the skipped mark', '#ffffff', '#0d1117'),
  next: color('Outline and mark of a topic to learn next', '#0969da', '#4493f8'),
  nextText: color('Text on the "next" mark', '#ffffff', '#0d1117'),

  match: color('Ring around topics matching the search', '#bf3989', '#f778ba'),
  matchBg: color('Fill of topics matching the search', '#ffeff7', '#2d1927'),
  selected: color('Ring around the open topic', '#1f2328', '#e6edf3'),

  badgeBg: color('Fill of resource type badges', '#eaeef2', '#2f3742'),
  badgeText: color('Text of resource type badges', '#1f2328', '#e6edf3'),
  paidBg: color('Fill of the "paid" mark on resources', '#fff8c5', '#3b2e0a'),
  paidText: color('Text of the "paid" mark on resources', '#7d4e00', '#e3b341'),
  skeleton: color('Placeholder boxes while the layout is computed', '#eaeef2', '#212830'),
  skeletonShine: color('Moving highlight over the placeholder boxes', '#f6f8fa', '#2f3742'),
  minimapMask: color('Minimap area outside the visible part of the map', 'rgba(234, 238, 242, 0.7)', 'rgba(13, 17, 23, 0.7)'),
} satisfies Record<string, PaletteColor>;

/** The name of a palette colour. */
export type PaletteKey = keyof typeof PALETTE;
