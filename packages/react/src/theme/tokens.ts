/** One CSS custom property of the roadmap theme. */
export interface ThemeToken {
  /** The property name, always prefixed `--rg-`. */
  name: `--rg-${string}`;
  /** What the property paints. */
  purpose: string;
  /** Value in the light theme. */
  light: string;
  /** Value in the dark theme. */
  dark: string;
}

/** A foreground/background pair that must stay readable, checked against WCAG AA. */
export interface ContrastPair {
  foreground: ThemeToken['name'];
  background: ThemeToken['name'];
  /** `text` needs 4.5:1 (WCAG 1.4.3), `ui` 3:1 for marks, borders and focus rings (WCAG 1.4.11). */
  kind: 'text' | 'ui';
}

function token(name: ThemeToken['name'], purpose: string, light: string, dark: string = light): ThemeToken {
  return { name, purpose, light, dark };
}

/**
 * Every CSS custom property the components read, with its light and dark value. `styles/theme.css`
 * defines exactly these (a test keeps the two in step), so a host page can restyle the map by
 * overriding them on `.rg-root`. Colours follow GitHub's light and dark palettes.
 *
 * Not listed: `--rg-node-accent`, `--rg-node-bg` and `--rg-node-mark-text`, which each topic box
 * sets on itself from `palette.ts` (references to the tokens here), as plumbing between the
 * palette and map.css rather than settings.
 */
export const THEME_TOKENS: readonly ThemeToken[] = [
  token('--rg-font-family', 'Font of all text; Helvetica metrics, which the layout measures titles with', 'Arial, Helvetica, "Liberation Sans", Arimo, "Nimbus Sans", sans-serif'),
  token('--rg-radius', 'Corner radius of topic boxes, buttons and panels', '8px'),

  token('--rg-bg', 'Background of the map canvas and the outline', '#ffffff', '#0d1117'),
  token('--rg-surface', 'Background of the panel, toolbar, controls and legend', '#ffffff', '#151b23'),
  token('--rg-surface-muted', 'Hovered buttons, code spans, the legend and other quiet fills', '#f6f8fa', '#212830'),
  token('--rg-text', 'Main text', '#1f2328', '#e6edf3'),
  token('--rg-text-muted', 'Secondary text: counts, hints, captions', '#59636e', '#9198a1'),
  token('--rg-border', 'Borders of inputs, buttons and panels (3:1 against the surfaces)', '#818b98', '#6e7681'),
  token('--rg-border-subtle', 'Separators and decorative outlines', '#d1d9e0', '#3d444d'),
  token('--rg-accent', 'Primary buttons, pressed toggles, active match', '#0969da', '#4493f8'),
  token('--rg-accent-text', 'Text and icons on an accent fill', '#ffffff', '#0d1117'),
  token('--rg-link', 'Links in the panel, the outline and the error view', '#0969da', '#4493f8'),
  token('--rg-focus', 'Keyboard focus ring', '#0969da', '#4493f8'),
  token('--rg-danger', 'Error text and borders', '#d1242f', '#f85149'),
  token('--rg-danger-bg', 'Background of the error view', '#ffebe9', '#25171c'),
  token('--rg-shadow', 'Shadow under floating panels and controls', 'rgba(31, 35, 40, 0.15)', 'rgba(1, 4, 9, 0.6)'),
  token('--rg-backdrop', 'Backdrop behind the full-width panel in narrow containers', 'rgba(31, 35, 40, 0.4)', 'rgba(1, 4, 9, 0.7)'),

  token('--rg-section-bg', 'Fill of a section box', '#f6f8fa', '#151b23'),
  token('--rg-section-border', 'Outline of a section box', '#d1d9e0', '#3d444d'),
  token('--rg-section-text', 'Section titles', '#1f2328', '#e6edf3'),
  token('--rg-group-bg', 'Fill of a topic that holds subtopics', '#eaeef2', '#1c232c'),
  token('--rg-group-border', 'Outline of a topic that holds subtopics', '#818b98', '#6e7681'),
  token('--rg-topic-bg', 'Fill of a topic box not started', '#ffffff', '#212830'),
  token('--rg-topic-border', 'Outline of a topic box', '#818b98', '#6e7681'),
  token('--rg-topic-text', 'Topic titles', '#1f2328', '#e6edf3'),
  token('--rg-choice', 'Outline of alternatives (pick one) and fill of the "pick one" label', '#8250df', '#ab7df8'),
  token('--rg-choice-text', 'Text on the "pick one" label', '#ffffff', '#0d1117'),
  token('--rg-edge-sequence', 'Arrows from one section to the next', '#424a53', '#9198a1'),
  token('--rg-edge-requires', 'Arrows from a prerequisite to what needs it', '#0969da', '#4493f8'),

  token('--rg-level-beginner', 'Beginner level badge', '#1a7f37', '#3fb950'),
  token('--rg-level-intermediate', 'Intermediate level badge', '#9a6700', '#d29922'),
  token('--rg-level-advanced', 'Advanced level badge', '#cf222e', '#ff7b72'),
  token('--rg-level-text', 'Letter on a level badge', '#ffffff', '#0d1117'),

  token('--rg-done', 'Outline and mark of a done topic', '#1a7f37', '#3fb950'),
  token('--rg-done-bg', 'Fill of a done topic', '#dafbe1', '#12261e'),
  token('--rg-done-text', 'Text on the done mark', '#ffffff', '#0d1117'),
  token('--rg-in-progress', 'Outline and mark of a topic in progress', '#9a6700', '#d29922'),
  token('--rg-in-progress-bg', 'Fill of a topic in progress', '#fff8c5', '#272115'),
  token('--rg-in-progress-text', 'Text on the in-progress mark', '#ffffff', '#0d1117'),
  token('--rg-skipped', 'Outline and mark of a skipped topic', '#59636e', '#9198a1'),
  token('--rg-skipped-bg', 'Fill of a skipped topic', '#eff2f5', '#161b22'),
  token('--rg-skipped-text', 'Text on the skipped mark', '#ffffff', '#0d1117'),
  token('--rg-next', 'Outline and mark of a topic to learn next', '#0969da', '#4493f8'),
  token('--rg-next-text', 'Text on the "next" mark', '#ffffff', '#0d1117'),

  token('--rg-match', 'Ring around topics matching the search', '#bf3989', '#f778ba'),
  token('--rg-match-bg', 'Fill of topics matching the search', '#ffeff7', '#2d1927'),
  token('--rg-selected', 'Ring around the open topic', '#1f2328', '#e6edf3'),

  token('--rg-badge-bg', 'Fill of resource type badges', '#eaeef2', '#2f3742'),
  token('--rg-badge-text', 'Text of resource type badges', '#1f2328', '#e6edf3'),
  token('--rg-paid-bg', 'Fill of the "paid" mark on resources', '#fff8c5', '#3b2e0a'),
  token('--rg-paid-text', 'Text of the "paid" mark on resources', '#7d4e00', '#e3b341'),
  token('--rg-skeleton', 'Placeholder boxes while the layout is computed', '#eaeef2', '#212830'),
  token('--rg-skeleton-shine', 'Moving highlight over the placeholder boxes', '#f6f8fa', '#2f3742'),
  token('--rg-minimap-mask', 'Minimap area outside the visible part of the map', 'rgba(234, 238, 242, 0.7)', 'rgba(13, 17, 23, 0.7)'),
];

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
