import type { BakedLayoutStatus, Roadmap, RoadmapGraph } from '@roadmap-graph/core';

/** A valid roadmap with its graph (and, when known, the state of its baked layout). */
export interface ValidatedRoadmap {
  ok: true;
  roadmap: Roadmap;
  graph: RoadmapGraph;
  /** The baked layout's status, when already known (checked in a worker); else it is checked when needed. */
  baked?: BakedLayoutStatus;
}

// Apart from parseRoadmapInput.ts, which loads zod: the element's page script marks and looks up
// roadmaps without it.
const trusted = new WeakMap<object, ValidatedRoadmap>();

/**
 * Takes a roadmap that core already validated, with its graph and the status of its baked
 * layout (from a worker: see roadmapText/; or the element's first map), so that
 * parseRoadmapInput returns them as they are instead of validating, building and hashing again
 * on the main thread. Private to the packages: only for what `parseRoadmap`, `readValidRoadmap`
 * or `fromMarkdown` accepted, `buildGraph` built and `checkBakedLayout` checked.
 */
export function trustValidatedRoadmap(roadmap: Roadmap, graph: RoadmapGraph, baked: BakedLayoutStatus): Roadmap {
  trusted.set(roadmap, { ok: true, roadmap, graph, baked });
  return roadmap;
}

/** What {@link trustValidatedRoadmap} was told of `roadmap`, if anything. */
export function trustedRoadmap(roadmap: object): ValidatedRoadmap | undefined {
  return trusted.get(roadmap);
}
