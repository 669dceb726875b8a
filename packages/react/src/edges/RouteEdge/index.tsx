import type { EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { arrowHead } from '../arrowHead.js';
import { routePath } from '../routePath.js';
import type { RouteFlowEdge } from '../types.js';

/**
 * An arrow along the route the layout computed, drawn point for point: React Flow's handle
 * positions (`sourceX`, …) are ignored, so nothing is re-routed. Solid for the order of
 * sections, dashed for prerequisites; decorative for assistive technology, since every topic's
 * name counts its prerequisites and the panel lists them.
 */
function RouteEdgeView({ data }: EdgeProps<RouteFlowEdge>) {
  const shape = useMemo(() => {
    const head = arrowHead(data?.points ?? []);
    return { line: routePath(head.points), arrow: head.path };
  }, [data?.points]);
  if (!data) return null;
  return (
    <g className={`rg-edge rg-edge--${data.kind}${data.lit ? ' rg-edge--lit' : ''}`}>
      <path className="rg-edge__line" d={shape.line} />
      <path className="rg-edge__arrow" d={shape.arrow} />
    </g>
  );
}

/** The memoised edge type of the map. */
export const RouteEdge = memo(RouteEdgeView);
