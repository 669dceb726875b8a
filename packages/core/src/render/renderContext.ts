import type { RoadmapGraph } from '../graph/types.js';
import type { MeasureText } from '../layout/types.js';
import type { LayoutBox } from '../schema/roadmapSchema.js';
import type { SvgTheme } from './svgTheme.js';

/** What the parts of an SVG rendering share. */
export interface RenderContext {
  graph: RoadmapGraph;
  theme: SvgTheme;
  measure: MeasureText;
  /** Layout box of every drawn node, by id. */
  boxes: ReadonlyMap<string, LayoutBox>;
  /** Prefix of element ids, so several maps can be inlined in one page without clashes. */
  idPrefix: string;
}
