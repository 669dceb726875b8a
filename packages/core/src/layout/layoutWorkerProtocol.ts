import type { ElkNode } from 'elkjs/lib/elk-api';

/** What {@link createWorkerEngine} posts to the layout worker. */
export interface LayoutWorkerRequest {
  id: number;
  graph: ElkNode;
}

/** What the layout worker posts back: the laid-out graph, or why ELK failed. */
export type LayoutWorkerResponse = { id: number; result: ElkNode } | { id: number; error: string };
