import { LIMITS } from './limits.js';
import type { BakedView } from './layoutSchema.js';

// What the layout schemas check beyond shape, apart from zod, so that validation's fast path
// (validate/readValidShape.ts) runs the very same checks without loading zod.

/** Most problems a layout check lists: a broken layout cannot flood a report. */
const MAX_PROBLEMS = 20;

/** A problem found, at its path within the layout or view. */
export type LayoutIssue = { path: PropertyKey[]; message: string };

/** Where a check puts its problems; see {@link collectProblems}. */
export interface Collector {
  say: (path: PropertyKey[], message: string) => void;
  full: () => boolean;
  issues: LayoutIssue[];
}

/** Collects at most {@link MAX_PROBLEMS} problems, so a broken layout cannot flood a report. */
export function collectProblems(): Collector {
  const issues: LayoutIssue[] = [];
  return {
    issues,
    say: (path, message) => {
      if (issues.length < MAX_PROBLEMS) issues.push({ path, message });
    },
    full: () => issues.length >= MAX_PROBLEMS,
  };
}

/** The message for a box or point beyond a layout's size. */
export const outside = (width: number, height: number) => `lies outside the layout's ${width} × ${height} px`;

/** Whether a number is one the shape checks accepted; others are reported already, once is enough. */
export const valid = (...values: unknown[]): boolean =>
  values.every((value) => typeof value === 'number' && value >= 0 && value <= LIMITS.maxLayoutExtent);

/**
 * What a baked view's shape cannot say: every box and route point inside the view, edges
 * between two different boxes that exist, no two edges between the same boxes, x and y for each
 * route point, and at most `maxLayoutPoints` points in all. Each problem goes to `say` until
 * `full` says enough were found. For a view whose shape is valid.
 */
export function checkViewRoutes(view: BakedView, say: Collector['say'], full: Collector['full']): void {
  view.boxes.forEach(([x, y, width, height], i) => {
    if (!valid(x, y, width, height, view.width, view.height)) return;
    if (x + width > view.width || y + height > view.height) say(['boxes', i], `box ${outside(view.width, view.height)}`);
  });
  let points = 0;
  const pairs = new Set<string>();
  for (let i = 0; i < view.edges.length && !full(); i += 1) {
    const [source, target, , route] = view.edges[i] as [number, number, string, number[]];
    if (source >= view.boxes.length) say(['edges', i, 0], `refers to box ${source}, but there are ${view.boxes.length}`);
    if (target >= view.boxes.length) say(['edges', i, 1], `refers to box ${target}, but there are ${view.boxes.length}`);
    if (source === target) say(['edges', i], 'starts and ends at the same box');
    const pair = `${source}>${target}`;
    if (pairs.has(pair)) say(['edges', i], `a second edge from box ${source} to box ${target}`);
    pairs.add(pair);
    if (route.length % 2 !== 0) say(['edges', i, 3], 'must list x and y of each point: an even count of numbers');
    points += route.length >> 1;
    for (let k = 0; k + 1 < route.length; k += 2) {
      if (!valid(route[k], route[k + 1], view.width, view.height)) continue;
      if ((route[k] as number) > view.width || (route[k + 1] as number) > view.height) {
        say(['edges', i, 3, k], `point ${outside(view.width, view.height)}`);
        break;
      }
    }
  }
  if (points > LIMITS.maxLayoutPoints) say(['edges'], `more than ${LIMITS.maxLayoutPoints} route points in all (limit maxLayoutPoints)`);
}

/**
 * Whether a baked view whose shape is valid passes the checks the baked view schema (layoutSchema.ts) adds to
 * its shape (see checkViewRoutes): the fast path of validation asks before it skips zod.
 */
export function viewRoutesAreSound(view: BakedView): boolean {
  const { say, full, issues } = collectProblems();
  checkViewRoutes(view, say, full);
  return issues.length === 0;
}

