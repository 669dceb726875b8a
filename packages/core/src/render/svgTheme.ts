import type { Level } from '../schema/roadmapSchema.js';

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

/** A light theme in the palette of GitHub's light mode. */
export const LIGHT_THEME: SvgTheme = {
  background: '#ffffff',
  text: '#1f2328',
  mutedText: '#59636e',
  sectionFill: '#f6f8fa',
  sectionStroke: '#c8d1da',
  groupFill: '#eaeef2',
  groupStroke: '#afb8c1',
  topicFill: '#ffffff',
  topicStroke: '#818b98',
  topicText: '#1f2328',
  choice: '#8250df',
  choiceText: '#ffffff',
  sequenceEdge: '#424a53',
  requiresEdge: '#0969da',
  levels: {
    beginner: { fill: '#1a7f37', text: '#ffffff' },
    intermediate: { fill: '#9a6700', text: '#ffffff' },
    advanced: { fill: '#cf222e', text: '#ffffff' },
  },
};

/** A dark theme in the palette of GitHub's dark mode. */
export const DARK_THEME: SvgTheme = {
  background: '#0d1117',
  text: '#e6edf3',
  mutedText: '#9198a1',
  sectionFill: '#151b23',
  sectionStroke: '#3d444d',
  groupFill: '#1c232c',
  groupStroke: '#4f5863',
  topicFill: '#212830',
  topicStroke: '#6e7781',
  topicText: '#e6edf3',
  choice: '#ab7df8',
  choiceText: '#0d1117',
  sequenceEdge: '#9198a1',
  requiresEdge: '#4493f8',
  levels: {
    beginner: { fill: '#3fb950', text: '#0d1117' },
    intermediate: { fill: '#d29922', text: '#0d1117' },
    advanced: { fill: '#f85149', text: '#0d1117' },
  },
};
