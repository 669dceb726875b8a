import type { MeasureText, TextFont } from './types.js';

/** A title broken into lines that each fit a width. */
export interface WrappedText {
  lines: string[];
  /** Width of the widest line, in pixels. */
  width: number;
}

/** Splits a word wider than `maxWidth` into pieces that fit, by characters. */
function breakWord(word: string, maxWidth: number, measure: MeasureText, font: TextFont): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char, font) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Wraps `text` greedily at spaces so that every line is at most `maxWidth` wide; a single word
 * that is wider on its own is broken between characters. Always returns at least one line.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText, font: TextFont): WrappedText {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(word, font) <= maxWidth) {
      line = word;
    } else {
      const pieces = breakWord(word, maxWidth, measure, font);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  let width = 0;
  for (const each of lines) width = Math.max(width, measure(each, font));
  return { lines, width };
}
