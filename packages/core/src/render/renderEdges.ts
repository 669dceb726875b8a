import type { LayoutEdge } from '../schema/roadmapSchema.js';
import { escapeXml } from './escapeXml.js';
import { formatNumber as n } from './formatNumber.js';
import type { RenderContext } from './renderContext.js';
import type { SvgTheme } from './svgTheme.js';

/** The edge kinds a map draws; `contains` and `alternative` show as nesting instead. */
export type DrawnEdgeKind = 'sequence' | 'requires';

/** Stroke of each drawn edge kind: section order solid and heavier, prerequisites dashed. */
export const EDGE_STYLES: Record<DrawnEdgeKind, { width: number; dash?: string; arrow: number }> = {
  sequence: { width: 2.25, arrow: 11 },
  requires: { width: 1.5, dash: '6 4', arrow: 9 },
};

/** Colour of an edge kind in a theme. */
export function edgeColour(kind: DrawnEdgeKind, theme: SvgTheme): string {
  return kind === 'sequence' ? theme.sequenceEdge : theme.requiresEdge;
}

/** Id of the arrowhead marker of an edge kind. */
export function markerId(kind: DrawnEdgeKind, ctx: RenderContext): string {
  return `${ctx.idPrefix}-arrow-${kind}`;
}

/** The arrowhead markers, one per edge kind, to put in `<defs>`. */
export function edgeMarkers(ctx: RenderContext): string {
  return (Object.keys(EDGE_STYLES) as DrawnEdgeKind[])
    .map((kind) => {
      const size = EDGE_STYLES[kind].arrow;
      // In user units, so arrowheads keep their size whatever the stroke width; the tip sits on
      // the route's last point, which the layout puts on the target's border.
      return (
        `<marker id="${markerId(kind, ctx)}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse"` +
        ` markerWidth="${size}" markerHeight="${size}" orient="auto"><path d="M0 1L10 5L0 9z" fill="${edgeColour(kind, ctx.theme)}"/></marker>`
      );
    })
    .join('');
}

/** Whether a layout edge is one a map draws, with a route to draw. */
export function isDrawnEdge(edge: LayoutEdge): edge is LayoutEdge & { kind: DrawnEdgeKind } {
  return (edge.kind === 'sequence' || edge.kind === 'requires') && Array.isArray(edge.points) && edge.points.length >= 2;
}

/** Draws one edge as a polyline through its route's points, with an arrowhead at the end. */
export function renderEdge(edge: LayoutEdge & { kind: DrawnEdgeKind }, ctx: RenderContext): string {
  const style = EDGE_STYLES[edge.kind];
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join('');
  return (
    `<path class="edge" data-kind="${edge.kind}" data-source="${escapeXml(edge.source)}" data-target="${escapeXml(edge.target)}"` +
    ` d="${d}" fill="none" stroke="${edgeColour(edge.kind, ctx.theme)}" stroke-width="${style.width}"` +
    `${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} stroke-linejoin="round" marker-end="url(#${markerId(edge.kind, ctx)})"/>`
  );
}
