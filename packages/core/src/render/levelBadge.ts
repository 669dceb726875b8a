import type { Level } from '../schema/roadmapSchema.js';
import { formatNumber as n } from './formatNumber.js';
import type { SvgTheme } from './svgTheme.js';

/** Radius of the coloured dot in front of a level word. */
export const LEVEL_DOT_RADIUS = 4;

/** The level's coloured dot centred on (`cx`, `cy`): a cue beside its word, never alone. */
export function levelDot(level: Level, cx: number, cy: number, theme: SvgTheme): string {
  return `<circle class="level" cx="${n(cx)}" cy="${n(cy)}" r="${LEVEL_DOT_RADIUS}" fill="${theme.levels[level].fill}"/>`;
}
