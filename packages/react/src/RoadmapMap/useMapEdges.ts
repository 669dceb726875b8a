import { useMemo, useRef } from 'react';
import type { RouteFlowEdge } from '../edges/types.js';
import type { MapModel } from './buildMapModel.js';
import { LAYERS } from './layers.js';

// Edges are decorative for assistive technology (topic names count prerequisites, the panel
// lists them); hidden, they also escape React Flow's default role="img" without a useful name.
const HIDDEN = { 'aria-hidden': true, 'aria-roledescription': undefined } as const;

/**
 * The React Flow edges of the map: one per route the mount plan draws (`drawn`, indices into
 * `model.edges`), carrying its points. Edge objects are reused while they stay on or off the
 * highlighted chain, so a new selection re-renders the edges entering or leaving it.
 */
export function useMapEdges(model: MapModel, drawn: readonly number[], chain: ReadonlySet<string> | null): RouteFlowEdge[] {
  const cache = useRef<{ model: MapModel; edges: Map<string, RouteFlowEdge> }>({ model, edges: new Map() });
  if (cache.current.model !== model) cache.current = { model, edges: new Map() };
  return useMemo(() => {
    const previous = cache.current.edges;
    const current = new Map<string, RouteFlowEdge>();
    const edges = drawn.map((index): RouteFlowEdge => {
      const edge = model.edges[index]!;
      const lit = (chain?.has(edge.source) && chain.has(edge.target)) ?? false;
      const before = previous.get(edge.id);
      const flowEdge: RouteFlowEdge =
        before && before.data?.lit === lit
          ? before
          : {
              id: edge.id,
              type: 'route',
              source: edge.source,
              target: edge.target,
              zIndex: LAYERS.edge,
              data: { kind: edge.kind, points: edge.points, lit },
              selectable: false,
              focusable: false,
              deletable: false,
              reconnectable: false,
              ariaRole: 'presentation',
              domAttributes: HIDDEN,
            };
      current.set(edge.id, flowEdge);
      return flowEdge;
    });
    cache.current.edges = current;
    return edges;
  }, [model, drawn, chain]);
}
