/**
 * The React package puts its theme tokens (`--rg-*`) on `.rg-root`, per `data-theme`. Inside
 * the element they move to `:host`, keyed by the element's `theme` attribute: a custom property
 * set on `.rg-root` itself would hide the value the page sets on the element
 * (`roadmap-graph { --rg-accent: … }`), while the page's rule on the host beats `:host`.
 */
const RULES: [RegExp, string][] = [
  [/\.rg-root,\s*\.rg-root\[data-theme=['"]?light['"]?\]\s*\{/g, ':host {'],
  [/\.rg-root\[data-theme=['"]?dark['"]?\]\s*\{/g, ":host([theme='dark' i]) {"],
  [/\.rg-root\[data-theme=['"]?auto['"]?\]\s*\{/g, ":host(:not([theme='light' i]):not([theme='dark' i])) {"],
];

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
  return { css: out, rewritten };
}
