import { describe, expect, it } from 'vitest';
import { renderSvg } from '../src/render/renderSvg.js';
import { DARK_THEME, LIGHT_THEME, type SvgTheme } from '../src/render/svgTheme.js';
import { all, parseSvg, smallPicture } from './support/svgFixture.js';

const { graph, layout } = smallPicture();

describe('renderSvg', () => {
  it('has a dark theme, and both themes give text WCAG AA contrast', () => {
    const dark = renderSvg(graph, layout, { theme: 'dark' });
    expect(parseSvg(dark).errors).toEqual([]);
    expect(dark).toContain(`fill="${DARK_THEME.background}"`);
    expect(dark).not.toContain(LIGHT_THEME.topicFill);
    const pairs = (t: SvgTheme) => [
      [t.text, t.background],
      [t.mutedText, t.background],
      [t.text, t.sectionFill],
      [t.text, t.groupFill],
      [t.topicText, t.topicFill],
      [t.choiceText, t.choice],
      ...Object.values(t.levels).map((l) => [l.text, l.fill]),
    ];
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      for (const [fg, bg] of pairs(theme)) expect(contrast(fg!, bg!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      // Borders and lines: WCAG's 3:1 for graphical objects.
      for (const line of [theme.topicStroke, theme.choice, theme.sequenceEdge, theme.requiresEdge]) {
        expect(contrast(line, theme.sectionFill), line).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('theme auto: light colours as fallbacks of custom properties, dark ones under prefers-color-scheme: dark, scoped to the picture', () => {
    const auto = renderSvg(graph, layout, { theme: 'auto' });
    const { root, errors } = parseSvg(auto);
    expect(errors).toEqual([]);
    expect(root.getAttribute('id')).toBe('rg-web-dev');
    // Every colour the light picture paints is there as the fallback of a property, in the same place.
    const light = renderSvg(graph, layout, { theme: 'light' });
    expect(auto.replace(/var\(--rg-svg-[a-z-]+, (#[0-9a-f]{6})\)/g, '$1').replace(/ id="rg-web-dev"|<style>[^<]*<\/style>\n/g, '')).toBe(light);
    const style = all(root, 'style')[0]!.textContent!;
    expect(style).toMatch(/^@media \(prefers-color-scheme: dark\)\{#rg-web-dev\{[^{}]+\}\}$/);
    const dark = new Map([...style.matchAll(/(--rg-svg-[a-z-]+):(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
    expect(dark.get('--rg-svg-background')).toBe(DARK_THEME.background);
    expect(dark.get('--rg-svg-levels-advanced-fill')).toBe(DARK_THEME.levels.advanced.fill);
    // Each property the picture uses gets a dark value.
    for (const [, property] of auto.matchAll(/var\((--rg-svg-[a-z-]+),/g)) expect(dark.has(property!), property).toBe(true);
    expect(auto).not.toMatch(/<script|\son\w+=/i);
  });

  it('takes an id prefix, so that two pictures of one roadmap can share a page, and can scale to its container', () => {
    const a = renderSvg(graph, layout, { idPrefix: 'post-1', fluid: true });
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids(a).every((id) => id.startsWith('post-1'))).toBe(true);
    expect(ids(a)).toContain('post-1-title');
    expect(a).toContain('<style>#post-1{max-width:100%;height:auto}</style>');
    expect(ids(renderSvg(graph, layout, { idPrefix: '2 <b>' }))[0]).toBe('rg-2-b-title');
  });
});

function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
