import type { MeasureText, TextFont } from '../layout/types.js';
import { wrapText } from '../layout/wrapText.js';

/**
 * Wraps `text` to lines no wider than `maxWidth`, breaking where the layout broke it when it
 * sized the box, and keeps at most `maxLines` of them, the last ending in an ellipsis when text
 * was cut. Every returned line fits `maxWidth` by `measure`.
 */
export function fitText(text: string, maxWidth: number, maxLines: number, measure: MeasureText, font: TextFont): string[] {
  if (typeof text !== 'string' || !(maxWidth > 0) || !(maxLines >= 1)) return [];
  const lines = wrapText(text, maxWidth, measure, font).lines.filter((line) => line !== '');
  if (lines.length <= maxLines) return lines.filter((line) => measure(line, font) <= maxWidth);
  const kept = lines.slice(0, maxLines);
  const chars = Array.from(`${kept[maxLines - 1]} ${lines[maxLines]}`);
  const withEllipsis = () => `${chars.join('').trimEnd()}…`;
  while (chars.length > 0 && measure(withEllipsis(), font) > maxWidth) chars.pop();
  kept[maxLines - 1] = withEllipsis();
  return kept.filter((line) => measure(line, font) <= maxWidth);
}
