import * as z from 'zod';
import { roadmapSchema } from './roadmapSchema.js';

/**
 * The JSON Schema (draft 2020-12) of the roadmap format, generated from the zod schema, for
 * editors (`"$schema"` in a roadmap file) and for the docs.
 */
export function roadmapJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(roadmapSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://roadmap-graph.dev/schema/roadmap.v1.json',
    title: 'roadmap-graph roadmap, version 1',
  };
}
