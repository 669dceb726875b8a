/**
 * The React package puts its theme tokens (`--rg-*`) on `.rg-root`, per `data-theme`. Inside
 * the element they move to `:host`, keyed by the element's `theme` attribute: a custom property
 * set on `.rg-root` itself would hide the value the page sets on the element
 * (`roadmap-graph { --rg-accent: … }`), while the page's rule on the host beats `:host`.
 */
/** The element's theme is `auto`: neither `light` nor `dark` (nor absent). */
const AUTO = ":not([theme='light' i]):not([theme='dark' i])";

const RULES: [RegExp, string][] = [
  [/\.rg-root,\s*\.rg-root\[data-theme=['"]?light['"]?\]\s*\{/g, ':host {'],
  [/\.rg-root\[data-theme=['"]?dark['"]?\]\s*\{/g, ":host([theme='dark' i]) {"],
  [/\.rg-root\[data-theme=['"]?auto['"]?\]\s*\{/g, `:host(${AUTO}) {`],
];

const LIGHT_BLOCK = /\.rg-root,\s*\.rg-root\[data-theme=['"]?light['"]?\]\s*\{([^}]*)\}/;
const DARK_BLOCK = /\.rg-root\[data-theme=['"]?dark['"]?\]\s*\{([^}]*)\}/;

/**
 * Rules for `theme="auto"` on a page with its own theme toggle: the element's `page-dark` /
 * `page-light` states (followPageScheme.ts) pick the palette, over the reader's system setting.
 * Last and more specific than the `prefers-color-scheme` rule, which they override; a browser
 * without `:state()` drops them and keeps the system setting.
 */
function pageSchemeRules(css: string): string {
  const light = LIGHT_BLOCK.exec(css)?.[1];
  const dark = DARK_BLOCK.exec(css)?.[1];
  if (light === undefined || dark === undefined) return '';
  return `\n:host(:state(page-dark)${AUTO}) {${dark}}\n:host(:state(page-light)${AUTO}) {${light}}\n`;
}

/** Rewrites the theme selectors of the React package's CSS for a shadow root; see above. */
export function hostTheme(css: string): { css: string; rewritten: number[] } {
  const rewritten: number[] = [];
  let out = css;
  for (const [pattern, replacement] of RULES) {
    let count = 0;
    out = out.replace(pattern, () => {
      count++;
      return replacement;
    });
    rewritten.push(count);
  }
  return { css: out + pageSchemeRules(css), rewritten };
}
