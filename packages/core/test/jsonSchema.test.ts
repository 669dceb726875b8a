import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roadmapJsonSchema } from '../src/schema/toJsonSchema.js';

describe('schema/roadmap.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `pnpm --filter @roadmap-graph/core schema` when this fails)', () => {
    const committed = JSON.parse(readFileSync(new URL('../schema/roadmap.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(roadmapJsonSchema());
  });

  it('describes the fields authors need, with alternatives and prerequisites documented', () => {
    const schema = roadmapJsonSchema() as { $defs: Record<string, { properties: Record<string, { description?: string }> }> };
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Roadmap', 'Section', 'Topic', 'Resource', 'Layout']));
    expect(schema.$defs.Topic!.properties.choice!.description).toMatch(/alternatives/);
    expect(schema.$defs.Section!.properties.requires!.description).toMatch(/previous one/);
  });
});
