import { buildGraph, parseRoadmap, type Roadmap, type RoadmapGraph, type ValidationError } from '@roadmap-graph/core';

/** A parsed roadmap with its graph, or every problem of the input. */
export type ParsedRoadmap =
  | { ok: true; roadmap: Roadmap; graph: RoadmapGraph }
  | { ok: false; errors: ValidationError[] };

// Objects are parsed once, however many maps show them and however often they remount.
const parsedObjects = new WeakMap<object, ParsedRoadmap>();
// Roadmaps that parseRoadmap accepted in a worker: their graph is built, they are not validated again.
const validated = new WeakSet<Roadmap>();

/**
 * Marks a roadmap as already validated by core (`parseRoadmap` or `fromMarkdown`, in a worker),
 * so that {@link parseRoadmapInput} only builds its graph instead of validating it again on the
 * main thread. Private to the packages: only for objects that came out of those validators.
 */
export function trustValidatedRoadmap(roadmap: Roadmap): Roadmap {
  validated.add(roadmap);
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
  const result = typeof input === 'object' && input !== null && validated.has(input as Roadmap) ? { ok: true as const, roadmap: input as Roadmap } : parseRoadmap(input);
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
