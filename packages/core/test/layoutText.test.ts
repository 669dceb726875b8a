import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../src/layout/estimateTextWidth.js';
import { wrapText } from '../src/layout/wrapText.js';

const regular = { size: 14, weight: 400 };
const bold = { size: 14, weight: 700 };

describe('estimateTextWidth', () => {
  it('follows the font: wider letters, bolder weights and larger sizes measure wider', () => {
    expect(estimateTextWidth('WWW', regular)).toBeGreaterThan(estimateTextWidth('iii', regular));
    expect(estimateTextWidth('Packaging', bold)).toBeGreaterThan(estimateTextWidth('Packaging', regular));
    expect(estimateTextWidth('Packaging', { size: 28, weight: 400 })).toBeCloseTo(2 * estimateTextWidth('Packaging', regular));
    expect(estimateTextWidth('', regular)).toBe(0);
  });

  it('gives wide scripts a full em and ignores combining marks', () => {
    expect(estimateTextWidth('学习', regular)).toBe(28);
    expect(estimateTextWidth('e\u0301', regular)).toBe(estimateTextWidth('e', regular));
  });

  it('is a plain function of its input', () => {
    expect(estimateTextWidth('Virtual environments', regular)).toBeCloseTo(127.596, 3);
  });
});

describe('wrapText', () => {
  const measure = estimateTextWidth;

  it('keeps short text on one line', () => {
    expect(wrapText('Git basics', 200, measure, regular).lines).toEqual(['Git basics']);
  });

  it('breaks at spaces so every line fits, keeping all words in order', () => {
    const text = 'Asynchronous programming with asyncio and the structured concurrency it shares with trio';
    const { lines, width } = wrapText(text, 150, measure, regular);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(line, regular)).toBeLessThanOrEqual(150);
    expect(width).toBe(Math.max(...lines.map((line) => measure(line, regular))));
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks a word that is too long by itself between characters', () => {
    const { lines } = wrapText(`go ${'x'.repeat(60)} now`, 100, measure, regular);
    for (const line of lines) expect(measure(line, regular)).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/ /g, '')).toBe(`go${'x'.repeat(60)}now`);
  });

  it('returns one empty line for blank text', () => {
    expect(wrapText('   ', 100, measure, regular)).toEqual({ lines: [''], width: 0 });
  });
});
