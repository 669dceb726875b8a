import { buildGraph, parseRoadmap, type ValidationError } from '@roadmap-graph/core';
import { trustedRoadmap, type ValidatedRoadmap } from './trustedRoadmaps.js';

/** A parsed roadmap with its graph, or every problem of the input. */
export type ParsedRoadmap = ValidatedRoadmap | { ok: false; errors: ValidationError[] };

// Objects are parsed once, however many maps show them and however often they remount.
const parsedObjects = new WeakMap<object, ParsedRoadmap>();

/**
 * Validates roadmap input (raw data, JSON text or an already parsed roadmap) and builds its
 * graph. Results for objects are cached by identity: treat roadmap data as immutable. A roadmap
 * given to trustValidatedRoadmap is returned as it was given.
 */
export function parseRoadmapInput(input: unknown): ParsedRoadmap {
  if (typeof input !== 'object' || input === null) return parseUncached(input);
  let parsed = trustedRoadmap(input) ?? parsedObjects.get(input);
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
