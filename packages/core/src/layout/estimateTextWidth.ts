import type { TextFont } from './types.js';

// Advance widths of printable ASCII (32–126) in 1/1000 em, from the Helvetica metrics that
// Arial and most UI sans-serif fonts closely follow. A table keeps the estimate identical in
// Node and every browser, so a layout baked on a server matches one computed on a page.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
  722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
  278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
  722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
  278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const OTHER = 600;
const WIDE = 1000;
const MEDIUM_FACTOR = 1.03;

/** East Asian wide and fullwidth characters, which take a full em. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Estimates the width in pixels of one line of `text` in a sans-serif font, without a canvas.
 * Deterministic: the same text and font give the same number everywhere. Weights of 600 and
 * more use bold metrics; 500 is a little wider than regular.
 *
 * @example
 * estimateTextWidth('Virtual environments', { size: 14, weight: 400 }); // ≈ 127.6
 */
export function estimateTextWidth(text: string, font: TextFont): number {
  const table = font.weight >= 600 ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code >= 32 && code <= 126) units += table[code - 32] as number;
    else if (code < 32 || (code >= 0x300 && code <= 0x36f) || code === 0x200b || code === 0xfe0f) continue;
    else units += isWide(code) ? WIDE : OTHER;
  }
  const factor = font.weight >= 500 && font.weight < 600 ? MEDIUM_FACTOR : 1;
  return (units * font.size * factor) / 1000;
}
