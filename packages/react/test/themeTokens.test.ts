import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeThemeTokens } from '../build/themeTokensCss.js';
import { CONTRAST_PAIRS, THEME_TOKENS } from '../src/theme/tokens.js';

// happy-dom gives import.meta.url an http: scheme; the file sits next to this test's sources.
// The stylesheet as every build writes it (build.test.ts checks the library build itself).
const css = writeThemeTokens(readFileSync(fileURLToPath(new URL('../src/styles/theme.css', `file://${__dirname}/`)), 'utf8'));

/** The declarations of the first rule whose selector list starts with `selector`. */
function declarations(selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  const out = new Map<string, string>();
  for (const line of body.split(';')) {
    const colon = line.indexOf(':');
    if (colon > 0) out.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return out;
}

/** sRGB relative luminance of #rrggbb, per WCAG 2.x. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not an opaque #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const byName = new Map(THEME_TOKENS.map((t) => [t.name, t]));

describe('theme tokens', () => {
  it('are unique, prefixed and documented', () => {
    expect(byName.size).toBe(THEME_TOKENS.length);
    for (const token of THEME_TOKENS) {
      expect(token.name).toMatch(/^--rg-[a-z0-9-]+$/);
      expect(token.purpose.length, token.name).toBeGreaterThan(5);
    }
  });

  it('theme.css defines exactly the documented properties, with the documented values', () => {
    const light = declarations(".rg-root[data-theme='light']");
    const dark = declarations(".rg-root[data-theme='dark']");
    const auto = declarations(".rg-root[data-theme='auto']");
    for (const [name, values] of [['light', light], ['dark', dark], ['auto (dark system)', auto]] as const) {
      const defined = [...values.keys()].filter((key) => key.startsWith('--'));
      expect(defined.sort(), name).toEqual(THEME_TOKENS.map((t) => t.name).sort());
    }
    for (const token of THEME_TOKENS) {
      expect(light.get(token.name), token.name).toBe(token.light);
      expect(dark.get(token.name), token.name).toBe(token.dark);
      expect(auto.get(token.name), token.name).toBe(token.dark);
    }
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\s*\{\s*\.rg-root\[data-theme='auto'\]/);
  });

  it('refuses a theme marker for a scheme it does not know, rather than leave a theme without colours', () => {
    expect(() => writeThemeTokens('.x {\n  @theme-tokens dim;\n}')).toThrow('@theme-tokens takes light or dark, not "dim"');
  });

  it('only names tokens that exist in the contrast pairs', () => {
    for (const pair of CONTRAST_PAIRS) {
      expect(byName.has(pair.foreground), pair.foreground).toBe(true);
      expect(byName.has(pair.background), pair.background).toBe(true);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA in the ${theme} theme: 4.5:1 for text, 3:1 for marks, borders and focus`, () => {
      const failures: string[] = [];
      for (const pair of CONTRAST_PAIRS) {
        const ratio = contrast(byName.get(pair.foreground)![theme], byName.get(pair.background)![theme]);
        const needed = pair.kind === 'text' ? 4.5 : 3;
        if (ratio < needed) failures.push(`${pair.foreground} on ${pair.background}: ${ratio.toFixed(2)} < ${needed}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it('catches a pair that is too faint (the check can fail)', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
