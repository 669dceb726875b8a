import { PALETTE } from '@roadmap-graph/core';
import { themeTokensOf, type ThemeToken } from './themeTokens.js';

export type { ThemeToken } from './themeTokens.js';

/** A foreground/background pair that must stay readable, checked against WCAG AA. */
export interface ContrastPair {
  foreground: ThemeToken['name'];
  background: ThemeToken['name'];
  /** `text` needs 4.5:1 (WCAG 1.4.3), `ui` 3:1 for marks, borders and focus rings (WCAG 1.4.11). */
  kind: 'text' | 'ui';
}

/**
 * Every CSS custom property the components read, with its light and dark value: the font and
 * radius, then one property per colour of core's `PALETTE` (where each colour's role and values
 * live). The build writes exactly these into `styles/theme.css` (build/themeTokensCss.ts), so a
 * host page can restyle the map by overriding them on `.rg-root`.
 *
 * Not listed: `--rg-node-accent`, `--rg-node-bg` and `--rg-node-mark-text`, which each topic box
 * sets on itself from `palette.ts` (references to the tokens here), as plumbing between the
 * palette and styles/map/topic-node.css rather than settings.
 */
export const THEME_TOKENS: readonly ThemeToken[] = themeTokensOf(PALETTE);

function pairs(kind: ContrastPair['kind'], list: ReadonlyArray<[ThemeToken['name'], ThemeToken['name']]>): ContrastPair[] {
  return list.map(([foreground, background]) => ({ foreground, background, kind }));
}

/** The pairs of tokens drawn on each other, which both themes keep at WCAG AA contrast. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  ...pairs('text', [
    ['--rg-text', '--rg-bg'],
    ['--rg-text', '--rg-surface'],
    ['--rg-text', '--rg-surface-muted'],
    ['--rg-text-muted', '--rg-bg'],
    ['--rg-text-muted', '--rg-surface'],
    ['--rg-text-muted', '--rg-surface-muted'],
    ['--rg-text-muted', '--rg-section-bg'],
    ['--rg-link', '--rg-bg'],
    ['--rg-link', '--rg-surface'],
    ['--rg-accent-text', '--rg-accent'],
    ['--rg-danger', '--rg-danger-bg'],
    ['--rg-danger', '--rg-surface'],
    ['--rg-text', '--rg-danger-bg'],
    ['--rg-section-text', '--rg-section-bg'],
    ['--rg-topic-text', '--rg-topic-bg'],
    ['--rg-topic-text', '--rg-group-bg'],
    ['--rg-topic-text', '--rg-done-bg'],
    ['--rg-topic-text', '--rg-in-progress-bg'],
    ['--rg-text-muted', '--rg-skipped-bg'],
    ['--rg-topic-text', '--rg-skipped-bg'],
    ['--rg-topic-text', '--rg-match-bg'],
    ['--rg-choice-text', '--rg-choice'],
    ['--rg-level-text', '--rg-level-beginner'],
    ['--rg-level-text', '--rg-level-intermediate'],
    ['--rg-level-text', '--rg-level-advanced'],
    ['--rg-done-text', '--rg-done'],
    ['--rg-in-progress-text', '--rg-in-progress'],
    ['--rg-skipped-text', '--rg-skipped'],
    ['--rg-next-text', '--rg-next'],
    ['--rg-badge-text', '--rg-badge-bg'],
    ['--rg-paid-text', '--rg-paid-bg'],
  ]),
  ...pairs('ui', [
    ['--rg-border', '--rg-bg'],
    ['--rg-border', '--rg-surface'],
    ['--rg-focus', '--rg-bg'],
    ['--rg-focus', '--rg-surface'],
    ['--rg-focus', '--rg-section-bg'],
    ['--rg-accent', '--rg-surface'],
    ['--rg-topic-border', '--rg-section-bg'],
    ['--rg-topic-border', '--rg-topic-bg'],
    ['--rg-group-border', '--rg-section-bg'],
    ['--rg-edge-sequence', '--rg-bg'],
    ['--rg-edge-sequence', '--rg-section-bg'],
    ['--rg-edge-requires', '--rg-bg'],
    ['--rg-edge-requires', '--rg-section-bg'],
    ['--rg-edge-requires', '--rg-group-bg'],
    ['--rg-choice', '--rg-section-bg'],
    ['--rg-level-beginner', '--rg-topic-bg'],
    ['--rg-level-intermediate', '--rg-topic-bg'],
    ['--rg-level-advanced', '--rg-topic-bg'],
    ['--rg-done', '--rg-section-bg'],
    ['--rg-in-progress', '--rg-section-bg'],
    ['--rg-skipped', '--rg-section-bg'],
    ['--rg-next', '--rg-section-bg'],
    ['--rg-match', '--rg-section-bg'],
    ['--rg-selected', '--rg-section-bg'],
  ]),
];
