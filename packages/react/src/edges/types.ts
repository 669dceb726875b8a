import type { Point } from '@roadmap-graph/core';
import type { Edge } from '@xyflow/react';

/** What a drawn route needs: its points from the layout and how to style it. */
export type RouteEdgeData = {
  kind: 'sequence' | 'requires';
  /** The route from the layout, in absolute map coordinates. */
  points: readonly Point[];
  /** On the highlighted prerequisite chain (both ends are): lifted above the veil (see layers.ts). */
  lit: boolean;
};

/** A prerequisite or section-order arrow on the map. */
export type RouteFlowEdge = Edge<RouteEdgeData, 'route'>;
