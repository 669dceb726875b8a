import { MinHeap } from '../shared/MinHeap.js';
import type { WalkedNode } from './walkRoadmap.js';

/** A declared or implied prerequisite between two walked nodes (indices into the walk). */
export interface PrerequisiteEdge {
  kind: 'sequence' | 'requires';
  source: number;
  target: number;
  /** Where it was declared (`sections[3].requires[0]`), `null` when implied by section order. */
  path: string | null;
}

/**
 * The prerequisite relation as a flow graph. Every container (a section, or a topic with
 * subtopics) has an entry and an exit: its children start after its entry, and its exit comes
 * after its required children. A leaf's entry and exit are one flow node. A prerequisite X of Y
 * links X's exit to Y's entry. Then "X must come before Y" is plain reachability, for cycles,
 * ordering and the transitive reduction alike.
 */
export interface PrerequisiteFlow {
  edges: PrerequisiteEdge[];
  /** Successors of each flow node. */
  successors: number[][];
  entry: number[];
  exit: number[];
  /** The walked node each flow node belongs to. */
  owner: number[];
}

/** Builds the {@link PrerequisiteFlow} of walked nodes whose ids resolve through `indexById`. */
export function buildPrerequisiteFlow(nodes: readonly WalkedNode[], indexById: ReadonlyMap<string, number>): PrerequisiteFlow {
  const edges: PrerequisiteEdge[] = [];
  const declared = new Set<string>();
  const add = (kind: PrerequisiteEdge['kind'], source: number, target: number, path: string | null) => {
    const key = `${source}>${target}`;
    if (source === target || declared.has(key)) return;
    declared.add(key);
    edges.push({ kind, source, target, path });
  };
  let previousSection = -1;
  nodes.forEach((node, index) => {
    const kind = node.kind === 'section' ? 'sequence' : 'requires';
    for (const req of node.requires) {
      const source = indexById.get(req.id);
      if (source !== undefined) add(kind, source, index, req.path);
    }
    if (node.kind === 'section') {
      if (!node.hasRequires && previousSection >= 0) add('sequence', previousSection, index, null);
      previousSection = index;
    }
  });

  const entry: number[] = [];
  const exit: number[] = [];
  const owner: number[] = [];
  nodes.forEach((node, index) => {
    entry[index] = owner.push(index) - 1;
    exit[index] = node.kind === 'section' || node.childIndices.length > 0 ? owner.push(index) - 1 : entry[index]!;
  });
  const successors: number[][] = owner.map(() => []);
  nodes.forEach((node, index) => {
    if (exit[index] !== entry[index]) successors[entry[index]!]!.push(exit[index]!);
    for (const child of node.childIndices) {
      successors[entry[index]!]!.push(entry[child]!);
      if (!nodes[child]!.optional) successors[exit[child]!]!.push(exit[index]!);
    }
  });
  for (const edge of edges) successors[exit[edge.source]!]!.push(entry[edge.target]!);
  return { edges, successors, entry, exit, owner };
}

/**
 * Orders flow nodes so every prerequisite comes first, preferring document order among the
 * ready ones. Returns the order and the flow nodes left over, which sit on or behind a cycle.
 */
export function sortFlow(flow: PrerequisiteFlow): { order: number[]; blocked: number[] } {
  const indegree = new Array<number>(flow.owner.length).fill(0);
  for (const next of flow.successors) for (const s of next) indegree[s]!++;
  const ready = new MinHeap();
  indegree.forEach((d, n) => d === 0 && ready.push(n));
  const order: number[] = [];
  while (ready.size) {
    const n = ready.pop()!;
    order.push(n);
    for (const s of flow.successors[n]!) if (--indegree[s]! === 0) ready.push(s);
  }
  const blocked = indegree.flatMap((d, n) => (d > 0 ? [n] : []));
  return { order, blocked };
}

/**
 * Finds one cycle among the blocked flow nodes and returns it as walked-node indices, first
 * node repeated at the end, or `null` when there is none.
 */
export function findCycle(flow: PrerequisiteFlow, blocked: readonly number[]): number[] | null {
  const inBlocked = new Set(blocked);
  const state = new Map<number, 'open' | 'done'>();
  for (const start of blocked) {
    if (state.has(start)) continue;
    const path: number[] = [];
    const stack: { node: number; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const successors = flow.successors[top.node]!;
      if (top.next >= successors.length) {
        state.set(top.node, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const s = successors[top.next++]!;
      if (!inBlocked.has(s)) continue;
      if (state.get(s) === 'open') return toWalked(flow, path.slice(path.indexOf(s)).concat(s));
      if (!state.has(s)) {
        state.set(s, 'open');
        path.push(s);
        stack.push({ node: s, next: 0 });
      }
    }
  }
  return null;
}

function toWalked(flow: PrerequisiteFlow, flowPath: number[]): number[] {
  const walked: number[] = [];
  for (const f of flowPath) if (walked[walked.length - 1] !== flow.owner[f]) walked.push(flow.owner[f]!);
  return walked;
}

/**
 * The prerequisite edges that no longer path implies: an edge X→Y is left out when Y's entry is
 * reachable from X's exit some other way. Expects an acyclic flow and its topological order.
 */
export function reduceEdges(flow: PrerequisiteFlow, order: readonly number[]): PrerequisiteEdge[] {
  const words = Math.ceil(flow.owner.length / 32);
  const reach = new Uint32Array(flow.owner.length * words);
  // Reverse topological order: every successor's reach set is final before it is merged.
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    const base = n * words;
    reach[base + (n >>> 5)]! |= 1 << (n & 31);
    for (const s of flow.successors[n]!) {
      const sBase = s * words;
      for (let w = 0; w < words; w++) reach[base + w]! |= reach[sBase + w]!;
    }
  }
  const reaches = (from: number, to: number) => (reach[from * words + (to >>> 5)]! & (1 << (to & 31))) !== 0;
  return flow.edges.filter((edge) => {
    const from = flow.exit[edge.source]!;
    const to = flow.entry[edge.target]!;
    return !flow.successors[from]!.some((s) => s !== to && reaches(s, to));
  });
}
