import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roadmapSchema } from '../src/schema/roadmapSchema.js';
import { checkShape } from '../src/validate/checkShape.js';
import { createErrorReport } from '../src/validate/errorReport.js';
import { formatPath } from '../src/validate/formatPath.js';
import { arbitraryRoadmap } from './support/arbitraryRoadmap.js';
import { syntheticRoadmap } from './support/syntheticRoadmap.js';

// checkShape parses node by node so that no input can overflow zod; it must answer exactly as
// one zod parse of the whole does.
function shapeOf(data: unknown) {
  const report = createErrorReport();
  const roadmap = checkShape(data, report);
  return { roadmap, paths: report.errors().map((e) => e.path).sort() };
}

const wholePaths = (data: unknown) =>
  (roadmapSchema.safeParse(data).error?.issues ?? [])
    .flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]))
    .map(formatPath)
    .sort();

describe('checkShape', () => {
  it('gives the same roadmap as parsing the whole, for generated roadmaps and a 10,000-topic one', () => {
    fc.assert(
      fc.property(arbitraryRoadmap, (roadmap) => {
        expect(shapeOf(roadmap).roadmap).toEqual(roadmapSchema.parse(roadmap));
      }),
    );
    const big = syntheticRoadmap(10_000);
    expect(shapeOf(big).roadmap).toEqual(roadmapSchema.parse(big));
  });

  it('finds the same problems at the same paths as parsing the whole, on broken roadmaps', () => {
    const broken = fc.tuple(arbitraryRoadmap, fc.array(fc.tuple(fc.nat(), fc.constantFrom('id', 'title', 'topics', 'tags', 'extra', 'requires')), { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(broken, fc.constantFrom(0, '', null, [], {}, 'x'), ([roadmap, changes], junk) => {
        const data = structuredClone(roadmap) as any;
        const nodes: any[] = [];
        const walk = (list: any[]) => list.forEach((n) => {
          nodes.push(n);
          walk(n.topics ?? []);
        });
        walk(data.sections);
        for (const [at, key] of changes) nodes[at % nodes.length][key] = junk;
        expect(shapeOf(data).paths).toEqual(wholePaths(data));
      }),
    );
  });
});
