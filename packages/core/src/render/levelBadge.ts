import type { Level } from '../schema/roadmapSchema.js';
import { formatNumber as n } from './formatNumber.js';
import { STYLE } from './svgStyle.js';
import type { SvgTheme } from './svgTheme.js';

/** The letter a level badge shows, so levels read without telling colours apart. */
export const LEVEL_LETTERS: Record<Level, string> = { beginner: 'B', intermediate: 'I', advanced: 'A' };

/**
 * A round badge with the level's letter centred on (`cx`, `cy`), ringed in the background
 * colour so it stands out where it overlaps a border.
 */
export function levelBadge(level: Level, cx: number, cy: number, theme: SvgTheme): string {
  const colours = theme.levels[level];
  const font = STYLE.badgeFont;
  return (
    `<g class="level">` +
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${STYLE.badgeRadius}" fill="${colours.fill}" stroke="${theme.background}" stroke-width="1.5"/>` +
    `<text x="${n(cx)}" y="${n(cy + font.size * 0.36)}" font-size="${font.size}" font-weight="${font.weight}" fill="${colours.text}" text-anchor="middle">${LEVEL_LETTERS[level]}</text></g>`
  );
}
