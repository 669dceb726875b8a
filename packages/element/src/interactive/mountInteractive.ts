// The interactive part of <roadmap-graph>, loaded after the page script (see
// controller/createViewRoot.ts): the UI runtime (Preact standing in for React), React Flow and
// the React package's map. The ES build splits it off as a chunk; the classic script loads its
// own copy, an ES module, beside it.
import type { RoadmapGraphHandle } from '@roadmap-graph/react';
import { trustValidatedRoadmap } from '@roadmap-graph/react/internal';
import { createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { FirstMapPlan } from '../firstMap/planFirstMap.js';
import { ElementView, type ElementViewProps } from '../view/ElementView.js';

/** What the element renders: the view's props, without the handle the interactive view owns. */
export type InteractiveProps = Omit<ElementViewProps, 'handle'>;

/** The interactive map mounted in a container; see {@link mountInteractive}. */
export interface InteractiveView {
  /**
   * Renders the view. With `plan` (the first map's, for the data in `props.source`), the roadmap
   * it validated is shown as it is: validated, its graph built and its layout hashed once.
   */
  render(props: InteractiveProps, plan: FirstMapPlan | undefined): void;
  /** The map's handle once it shows a roadmap (openTopic, closeTopic, fit). */
  readonly handle: RoadmapGraphHandle | null;
  /** Unmounts the view (and with it the map's layout worker). */
  unmount(): void;
}

/** Mounts the element's view (ElementView: the map, or its status or error box) in `container`. */
export function mountInteractive(container: HTMLElement): InteractiveView {
  const root = createRoot(container);
  const handle = createRef<RoadmapGraphHandle>();
  return {
    render(props, plan) {
      let { source } = props;
      if (plan && source.status === 'ready') {
        // This module may be a copy of its own (the classic script's): tell its map the roadmap is checked.
        source = { status: 'ready', data: trustValidatedRoadmap(plan.roadmap, plan.graph, plan.baked) };
      }
      root.render(createElement(ElementView, { ...props, source, handle }));
    },
    get handle() {
      return handle.current;
    },
    unmount() {
      root.unmount();
    },
  };
}
