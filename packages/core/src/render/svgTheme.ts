import type { Level } from '../schema/roadmapSchema.js';
import { PALETTE, type ColorScheme, type PaletteKey } from '../theme/palette.js';

/** Colours of a rendered roadmap. Text colours meet WCAG AA (4.5:1) on the fills they sit on. */
export interface SvgTheme {
  background: string;
  /** Roadmap title and legend text. */
  text: string;
  /** Secondary text: legend headings. */
  mutedText: string;
  sectionFill: string;
  sectionStroke: string;
  /** A topic holding subtopics. */
  groupFill: string;
  groupStroke: string;
  topicFill: string;
  topicStroke: string;
  topicText: string;
  /** Border of a choice container and of its alternatives, and fill of the "pick one" label. */
  choice: string;
  /** Text on the "pick one" label. */
  choiceText: string;
  sequenceEdge: string;
  requiresEdge: string;
  /** Badge fill and letter colour per level. */
  levels: Record<Level, { fill: string; text: string }>;
}

/** A theme drawn from the palette in `scheme`, with the shades the static SVG has always used. */
function svgTheme(scheme: ColorScheme): SvgTheme {
  const pick = (key: PaletteKey): string => {
    const entry = PALETTE[key];
    return entry.svg?.[scheme] ?? entry[scheme];
  };
  // Key order is part of the picture: AUTO_THEME's custom properties are written in this order.
  return {
    background: pick('bg'),
    text: pick('text'),
    mutedText: pick('textMuted'),
    sectionFill: pick('sectionBg'),
    sectionStroke: pick('sectionBorder'),
    groupFill: pick('groupBg'),
    groupStroke: pick('groupBorder'),
    topicFill: pick('topicBg'),
    topicStroke: pick('topicBorder'),
    topicText: pick('topicText'),
    choice: pick('choice'),
    choiceText: pick('choiceText'),
    sequenceEdge: pick('edgeSequence'),
    requiresEdge: pick('edgeRequires'),
    levels: {
      beginner: { fill: pick('levelBeginner'), text: pick('levelText') },
      intermediate: { fill: pick('levelIntermediate'), text: pick('levelText') },
      advanced: { fill: pick('levelAdvanced'), text: pick('levelText') },
    },
  };
}

/** A light theme in the palette of GitHub's light mode, drawn from {@link PALETTE}. */
export const LIGHT_THEME: SvgTheme = svgTheme('light');

/** A dark theme in the palette of GitHub's dark mode, drawn from {@link PALETTE}. */
export const DARK_THEME: SvgTheme = svgTheme('dark');
