import { estimateTextWidth, LAYOUT_DEFAULTS, type LayoutOptions, type MeasureText } from '@roadmap-graph/core';

/**
 * Text spacing a reader's style sheet imposes on the map (WCAG 1.4.12: letter spacing 0.12 em,
 * word spacing 0.16 em, line height 1.5 are the values a page must survive), in ems and as a
 * line height ratio. `undefined` wherever the usual spacing applies.
 */
export interface TextSpacing {
  letterEm: number;
  wordEm: number;
  lineHeight: number;
}

/** Reads the spacing that applies to an element rendered in the topic title font. */
export function readTextSpacing(probe: Element): TextSpacing | undefined {
  const style = getComputedStyle(probe);
  const size = parseFloat(style.fontSize) || LAYOUT_DEFAULTS.topicFont.size;
  const px = (value: string): number => (value === 'normal' ? 0 : parseFloat(value) || 0);
  const letterEm = px(style.letterSpacing) / size;
  const wordEm = px(style.wordSpacing) / size;
  const lineHeight = style.lineHeight === 'normal' ? LAYOUT_DEFAULTS.lineHeight : px(style.lineHeight) / size;
  // Rounding in computed styles: below these, the layout's own metrics hold.
  if (letterEm < 0.01 && wordEm < 0.01 && lineHeight <= LAYOUT_DEFAULTS.lineHeight + 0.02) return undefined;
  return { letterEm: round(letterEm), wordEm: round(wordEm), lineHeight: Math.max(LAYOUT_DEFAULTS.lineHeight, round(lineHeight)) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Layout options that size boxes for text with `spacing`: titles measured with the extra space
 * between letters and words, lines and the detail line as tall as they are drawn.
 */
export function textSpacingLayout(spacing: TextSpacing): Pick<LayoutOptions, 'measureText' | 'lineHeight' | 'topicDetailHeight'> {
  const measureText: MeasureText = (text, font) => {
    const spaces = text.split(' ').length - 1;
    return estimateTextWidth(text, font) + font.size * (spacing.letterEm * text.length + spacing.wordEm * spaces);
  };
  const detailLine = 12 * spacing.lineHeight;
  return {
    measureText,
    lineHeight: spacing.lineHeight,
    topicDetailHeight: Math.ceil(Math.max(LAYOUT_DEFAULTS.topicDetailHeight, detailLine)),
  };
}

/** Whether two spacings are the same (both `undefined` included). */
export function sameSpacing(a: TextSpacing | undefined, b: TextSpacing | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.letterEm === b.letterEm && a.wordEm === b.wordEm && a.lineHeight === b.lineHeight);
}
