/**
 * ELK's JSON graph as core hands it to a `LayoutEngine` and reads it back: elkjs's
 * `ElkNode`, with the fields core writes and reads typed and the rest left to ELK. Written out
 * here so that core's public declarations do not depend on elkjs's, which a consumer compiling
 * with `skipLibCheck: false` cannot compile (and which a bundler-free consumer cannot resolve).
 * Any `ElkNode` is an `ElkGraph`; core reads the result as elkjs's types inside.
 */
export interface ElkGraph {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkGraph[];
  /** ELK's `ElkPort`s, `ElkExtendedEdge`s and `ElkLabel`s, as core's layout wrote them. */
  ports?: readonly unknown[];
  edges?: readonly unknown[];
  labels?: readonly unknown[];
  /** ELK's options for this node and what it contains, by their ids (`elk.direction`…). */
  layoutOptions?: Record<string, string>;
}
