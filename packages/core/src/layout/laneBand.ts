import type { LayoutStyle } from './resolveLayoutStyle.js';

/**
 * Size of a band that `lanes` parallel arrows run through: between two sections or two lines of
 * sections (`open: false`), at least `sectionSpacing`; outside the outermost sections
 * (`open: true`), half that, and nothing when no arrow needs it. Lanes keep `edgeSpacing` apart
 * until the band reaches twice `sectionSpacing`; beyond that they squeeze together.
 */
export function laneBand(lanes: number, style: LayoutStyle, open: boolean): number {
  const min = open ? (lanes === 0 ? 0 : style.sectionSpacing / 2) : style.sectionSpacing;
  const max = Math.max(min, 2 * style.sectionSpacing);
  return Math.min(max, Math.max(min, (lanes + 1) * style.edgeSpacing));
}

/** Offset of lane `index` of `lanes` from the start of a band of `size`. */
export function laneOffset(index: number, lanes: number, size: number): number {
  return (size * (index + 1)) / (lanes + 1);
}

/** Lanes of a band that runs along the flow, shared by segments whose extents along it do not meet. */
export class SharedLanes {
  private readonly lanes: [number, number][][] = [];

  /** A lane for a segment from `from` to `to`, kept `clearance` away from others in the same lane. */
  take(from: number, to: number, clearance: number): number {
    const low = Math.min(from, to) - clearance;
    const high = Math.max(from, to) + clearance;
    let lane = this.lanes.findIndex((spans) => spans.every(([a, b]) => high < a || low > b));
    if (lane < 0) lane = this.lanes.push([]) - 1;
    (this.lanes[lane] as [number, number][]).push([low, high]);
    return lane;
  }

  get count(): number {
    return this.lanes.length;
  }
}
