import type { WalkedNode } from '../graph/walkRoadmap.js';
import { buildPrerequisiteFlow, findCycle, sortFlow } from '../graph/prerequisiteFlow.js';
import type { ValidationError } from './types.js';

const MAX_REPORTED_CYCLES = 20;

/**
 * Reports prerequisite cycles as `a → b → c → a` (each arrow: comes before), each at the
 * `requires` entry that closes it, printed from the node that declares it.
 * Sections count: a topic that requires something in a later section is a cycle too, since
 * the later section waits for this one. After a report the closing edge is set aside, so
 * independent cycles are all found.
 */
export function checkCycles(nodes: readonly WalkedNode[], indexById: ReadonlyMap<string, number>): ValidationError[] {
  const errors: ValidationError[] = [];
  const ignored = new Set<string>();
  for (let round = 0; round < MAX_REPORTED_CYCLES; round++) {
    const flow = buildPrerequisiteFlow(nodes, indexById);
    if (ignored.size) {
      for (const edge of flow.edges) {
        if (!ignored.has(`${edge.source}>${edge.target}`)) continue;
        const from = flow.successors[flow.exit[edge.source]!]!;
        from.splice(from.indexOf(flow.entry[edge.target]!), 1);
      }
    }
    const { blocked } = sortFlow(flow);
    if (!blocked.length) break;
    const cycle = findCycle(flow, blocked);
    if (!cycle) break;
    const pairs = new Set(cycle.slice(1).map((target, i) => `${cycle[i]}>${target}`));
    const closing =
      flow.edges.find((e) => e.path !== null && pairs.has(`${e.source}>${e.target}`) && !ignored.has(`${e.source}>${e.target}`)) ??
      flow.edges.find((e) => pairs.has(`${e.source}>${e.target}`));
    // Start the printout where the closing requirement points, so the cycle ends at the entry reported.
    const ring = cycle.slice(0, -1);
    const start = closing ? Math.max(0, ring.indexOf(closing.target)) : 0;
    const rotated = [...ring.slice(start), ...ring.slice(0, start)];
    const names = [...rotated, rotated[0]!].map((i) => nodes[i]!.id ?? nodes[i]!.path);
    errors.push({
      path: closing?.path ?? nodes[cycle[0]!]!.path,
      message: `prerequisite cycle: ${names.join(' → ')}`,
    });
    if (!closing) break;
    ignored.add(`${closing.source}>${closing.target}`);
  }
  return errors;
}
