import type { Roadmap } from '../schema/roadmapSchema.js';
import { canonicalJson } from './canonicalJson.js';
import { fnv1a64 } from './fnv1a64.js';

/**
 * A stable fingerprint of a roadmap's content: 64-bit FNV-1a (16 hex digits) of its canonical
 * JSON (keys sorted, no whitespace), leaving out `layout` and `$schema`, which do not change
 * the picture. Key order and formatting of the source file do not matter; any change to an
 * id, title, section, topic, resource or requirement does. Synchronous, and the same in
 * browsers and Node.
 *
 * @example
 * roadmapContentHash(roadmap); // "3f9a0c1d2e4b5a67"
 */
export function roadmapContentHash(roadmap: Roadmap): string {
  const { layout: _layout, $schema: _schema, ...content } = roadmap;
  return fnv1a64(canonicalJson(content));
}
