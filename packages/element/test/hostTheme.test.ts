import reactCss from '@roadmap-graph/react/style.css?inline';
import { describe, expect, it } from 'vitest';
import { ELEMENT_CSS } from '../src/styles/elementStyles.js';
import { hostTheme } from '../src/styles/hostTheme.js';

describe('hostTheme', () => {
  it('moves each of the React theme blocks (light, dark, auto) from .rg-root to :host', () => {
    const { css, rewritten } = hostTheme(reactCss);
    // One rule each; if the React package's theme.css changes shape, this fails before a page does.
    expect(rewritten).toEqual([1, 1, 1]);
    // (print.css's `.rg-root[data-theme]`, any theme, is not one: paper is light whatever the theme.)
    expect(css).not.toMatch(/\.rg-root\[data-theme=/);
    expect(css).toMatch(/:host \{[^}]*--rg-accent: #0969da/);
    expect(css).toMatch(/:host\(\[theme='dark' i\]\) \{[^}]*--rg-bg: #0d1117/);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*:host\(:not\(\[theme='light' i\]\):not\(\[theme='dark' i\]\)\) \{/);
  });

  it("adds the page's own scheme for theme auto, after the system setting and more specific", () => {
    const { css } = hostTheme(reactCss);
    const auto = ":not([theme='light' i]):not([theme='dark' i])";
    const dark = css.indexOf(`:host(:state(page-dark)${auto}) {`);
    const light = css.indexOf(`:host(:state(page-light)${auto}) {`);
    expect(dark).toBeGreaterThan(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(light).toBeGreaterThan(dark);
    expect(css.slice(dark)).toMatch(/^[^}]*color-scheme: dark;[^}]*--rg-bg: #0d1117/);
    expect(css.slice(light)).toMatch(/^[^}]*color-scheme: light;[^}]*--rg-bg: #ffffff/);
  });

  it('keeps everything else of the React styles', () => {
    const { css } = hostTheme(reactCss);
    expect(css.length).toBeGreaterThan(reactCss.length - 200);
    for (const selector of ['.rg-root .react-flow__pane', '.rg-panel', '.rg-toolbar', '.rg-topic']) expect(css).toContain(selector);
  });
});

describe('ELEMENT_CSS', () => {
  it('puts the inheritance barrier before the theme, so the theme colour scheme wins', () => {
    const barrier = ELEMENT_CSS.indexOf(':host {\n  all: initial;');
    const theme = ELEMENT_CSS.indexOf('color-scheme: light');
    expect(barrier).toBeGreaterThanOrEqual(0);
    expect(theme).toBeGreaterThan(barrier);
    expect(ELEMENT_CSS).toMatch(/\.rg-element \{[^}]*all: initial;[^}]*color-scheme: inherit;/);
  });
});
