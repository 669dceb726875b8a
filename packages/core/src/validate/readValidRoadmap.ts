import type { Roadmap } from '../schema/roadmapSchema.js';
import { readValidShape } from './readValidShape.js';
import { validateWith } from './validateWith.js';

/**
 * The roadmap when `input` (data or JSON text) is valid and already in its parsed form, as a
 * file or a response gives it (see readValidShape), else `undefined`: {@link parseRoadmap}'s
 * roadmap, with the same limits, references and cycle checks, but without zod, which it never
 * loads. For code that needs a valid roadmap or nothing, at once and small (the element's first
 * map); `parseRoadmap` says what is wrong with the rest.
 *
 * @example
 * const roadmap = readValidRoadmap(data);
 * if (roadmap) draw(roadmap);
 * else show(parseRoadmap(data)); // the problems, or a roadmap zod trimmed
 */
export function readValidRoadmap(input: unknown): Roadmap | undefined {
  const result = validateWith(input, { measureContent: true }, (data) => readValidShape(data));
  return result.ok ? result.roadmap : undefined;
}
