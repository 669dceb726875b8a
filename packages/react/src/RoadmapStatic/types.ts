import type { Progress, Roadmap, RoadmapLayout, WidthClass } from '@roadmap-graph/core';
import type { RoadmapLabelsInput } from '../labels/RoadmapLabels.js';

/** Props of {@link RoadmapStatic}. */
export interface RoadmapStaticProps {
  /**
   * The roadmap: a parsed {@link Roadmap}, raw data (e.g. imported JSON) or JSON text. It is
   * validated; invalid data shows every problem with its path instead of the picture and outline.
   */
  roadmap: Roadmap | unknown;
  /**
   * A precomputed layout to draw. Otherwise the layout baked into the roadmap file
   * (`roadmap-graph layout`) for `pictureWidth` is drawn when it is fresh; without either, the
   * picture's place says so and the outline still renders (nothing is laid out on the server).
   */
  layout?: RoadmapLayout;
  /**
   * Which baked layout the picture draws: `phone`, `column` or `wide`. The picture scales down
   * to a narrower container, never up.
   * @default 'column', the 720 px of a text column
   */
  pictureWidth?: WidthClass;
  /**
   * What renders: the static picture of the map, the outline (every section and topic with its
   * level, prerequisites and resource links), or both, the picture first.
   * @default 'both'
   */
  show?: 'both' | 'picture' | 'outline';
  /**
   * Palette of the picture and the outline; `auto` follows the reader's `prefers-color-scheme`
   * with CSS alone (no script runs).
   * @default 'auto'
   */
  theme?: 'light' | 'dark' | 'auto';
  /** Progress to show in the outline's marks and counts (say, a reader's, kept on the server). */
  progress?: Progress;
  /**
   * Prefix of the ids inside the picture, for two pictures of one roadmap on one page.
   * @default `rg-` and the roadmap's id
   */
  idPrefix?: string;
  /** Words of the outline and the error box instead of the English ones (a translation such as `frenchLabels`, or a few keys). */
  labels?: RoadmapLabelsInput;
  /** Language of those words (BCP 47): set on the root, and used for numbers and plurals. */
  lang?: string;
  /** Extra class names on the root element (`.rg-root.rg-static`). */
  className?: string;
}
