import { LAYOUT_DEFAULTS } from '../layout/resolveLayoutStyle.js';
import type { TextFont } from '../layout/types.js';

/**
 * Fonts whose advance widths are Helvetica's, the metrics `estimateTextWidth` uses: Arial and
 * Helvetica ship with Windows and macOS, Liberation Sans and Arimo with most Linux systems, so
 * titles wrapped by the estimate fit their boxes where the SVG is viewed. Unquoted, as CSS
 * allows, so the attribute needs no entities.
 */
export const FONT_FAMILY = 'Arial, Helvetica, Liberation Sans, Arimo, Nimbus Sans, sans-serif';

/** Sizes, fonts and radii of the drawing, shared by its parts. */
export const STYLE = {
  /** Font of topic titles: the layout's default `topicFont`, so lines break where it measured. */
  topicFont: LAYOUT_DEFAULTS.topicFont as TextFont,
  /** Font of section titles: the layout's default `sectionFont`. */
  sectionFont: LAYOUT_DEFAULTS.sectionFont as TextFont,
  /**
   * Font of the titles of topics that hold subtopics when the title fits in it; the layout
   * measured them in `topicFont`, which is the fallback.
   */
  groupFont: { size: LAYOUT_DEFAULTS.topicFont.size, weight: 700 } satisfies TextFont,
  /** Font of the roadmap title above the map. */
  titleFont: { size: 26, weight: 700 } satisfies TextFont,
  /** Font of legend entries and the "pick one" label. */
  smallFont: { size: 12, weight: 400 } satisfies TextFont,
  /** Font of the level letters in badges. */
  badgeFont: { size: 10, weight: 700 } satisfies TextFont,
  /** Line height as a multiple of the font size: the layout's default. */
  lineHeight: LAYOUT_DEFAULTS.lineHeight,
  /** Space between a box's border and its text: the layout's default `topicPadding`. */
  topicPadding: LAYOUT_DEFAULTS.topicPadding,
  /** Space between a section's border and its title: the layout's default `sectionPadding`. */
  sectionPadding: { x: LAYOUT_DEFAULTS.sectionPadding, y: LAYOUT_DEFAULTS.sectionPadding },
  /** Margin around the map and between the map, the title and the legend. */
  margin: 24,
  sectionRadius: 12,
  groupRadius: 10,
  topicRadius: 6,
  badgeRadius: 8,
} as const;
