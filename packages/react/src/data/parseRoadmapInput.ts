import { buildGraph, parseRoadmap, type BakedLayoutStatus, type Roadmap, type RoadmapGraph, type ValidationError } from '@roadmap-graph/core';

/** A parsed roadmap with its graph, or every problem of the input. */
export type ParsedRoadmap =
  | {
      ok: true;
      roadmap: Roadmap;
      graph: RoadmapGraph;
      /** The baked layout's status, when already known (checked in a worker); else it is checked when needed. */
      baked?: BakedLayoutStatus;
    }
  | { ok: false; errors: ValidationError[] };

// Objects are parsed once, however many maps show them and however often they remount.
const parsedObjects = new WeakMap<object, ParsedRoadmap>();

/**
 * Takes a roadmap that core already validated, with its graph and the status of its baked
 * layout (all from a worker: see roadmapText/), so that {@link parseRoadmapInput} returns them
 * as they are instead of validating, building and hashing again on the main thread. Private
 * to the packages: only for what `parseRoadmap` or `fromMarkdown` accepted, `buildGraph` built
 * and `checkBakedLayout` checked.
 */
export function trustValidatedRoadmap(roadmap: Roadmap, graph: RoadmapGraph, baked: BakedLayoutStatus): Roadmap {
  parsedObjects.set(roadmap, { ok: true, roadmap, graph, baked });
  return roadmap;
}

/**
 * Validates roadmap input (raw data, JSON text or an already parsed roadmap) and builds its
 * graph. Results for objects are cached by identity: treat roadmap data as immutable.
 */
export function parseRoadmapInput(input: unknown): ParsedRoadmap {
  if (typeof input !== 'object' || input === null) return parseUncached(input);
  let parsed = parsedObjects.get(input);
  if (parsed === undefined) {
    parsed = parseUncached(input);
    parsedObjects.set(input, parsed);
  }
  return parsed;
}

function parseUncached(input: unknown): ParsedRoadmap {
  const result = parseRoadmap(input);
  if (!result.ok) return result;
  try {
    return { ok: true, roadmap: result.roadmap, graph: buildGraph(result.roadmap) };
  } catch (error) {
    // parseRoadmap guarantees a buildable roadmap; this only guards against a core bug.
    return { ok: false, errors: [{ path: '', message: `could not build the graph: ${messageOf(error)}` }] };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
