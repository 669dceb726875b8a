import type { TextFont } from '../layout/types.js';
import { escapeXml } from './escapeXml.js';
import { formatNumber as n } from './formatNumber.js';
import { STYLE } from './svgStyle.js';

/** Where and how {@link svgText} draws lines of text. */
export interface SvgTextOptions {
  /** Left edge, centre or right edge of the lines, depending on `anchor`. */
  x: number;
  /** Top of the first line box. */
  top: number;
  font: TextFont;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
}

/**
 * Draws lines of text, one `<text>` element per line, each line box `font.size * lineHeight`
 * tall. Baselines are computed rather than left to `dominant-baseline`, which some SVG viewers
 * ignore, so the text sits in the same place everywhere.
 */
export function svgText(lines: readonly string[], options: SvgTextOptions): string {
  const { font, anchor = 'start' } = options;
  const lineBox = font.size * STYLE.lineHeight;
  // Half the line box down to the middle, then about a third of an em to the baseline centres
  // lowercase and capital letters alike on that middle.
  const baseline = lineBox / 2 + font.size * 0.35;
  return lines
    .map(
      (line, i) =>
        `<text x="${n(options.x)}" y="${n(options.top + i * lineBox + baseline)}" font-size="${n(font.size)}"` +
        ` font-weight="${font.weight}" fill="${options.fill}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}>` +
        `${escapeXml(line)}</text>`,
    )
    .join('');
}

/** Height of `count` lines of text in `font`. */
export function textHeight(count: number, font: TextFont): number {
  return count * font.size * STYLE.lineHeight;
}
