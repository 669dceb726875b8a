import type { Roadmap } from '../schema/roadmapSchema.js';

/** One problem found in roadmap input, located by a path like `sections[2].topics[4].requires[0]`. */
export interface ValidationError {
  /** Where the problem is; empty for the document as a whole. */
  path: string;
  message: string;
}

/** What {@link parseRoadmap} returns: the roadmap, or every problem found. */
export type ParseResult = { ok: true; roadmap: Roadmap } | { ok: false; errors: ValidationError[] };
