import { laneBand, laneOffset, SharedLanes } from './laneBand.js';
import type { Extent } from './planGrids.js';
import type { LayoutStyle } from './resolveLayoutStyle.js';
import type { LayoutDirection } from './types.js';

/** A point along the flow (`main`) and across it (`cross`): y and x when flowing down. */
export interface FlowPoint {
  main: number;
  cross: number;
}

/** An edge between two sections, by section index (document order). */
export interface AcrossSpec {
  from: number;
  to: number;
  /** Where the edge leaves the source section, across the flow from its start, when a port fixes it. */
  outCross: number | undefined;
  /** Where the edge enters the target section, likewise. */
  inCross: number | undefined;
}

/** Sections placed in lines, and the routes of the edges between them. */
export interface SectionFlow {
  /** Top-left corner of each section, in document order. */
  origins: FlowPoint[];
  /**
   * Route of each edge from the source section's border to the target section's, in spec order
   * (repeated points and points in the middle of a straight run are left for the reader to drop).
   */
  routes: FlowPoint[][];
}

type Route =
  | { type: 'direct' }
  | { type: 'jog' }
  | { type: 'channel'; exit: number; entry: number; viaHead: boolean; entryBand: string };

/**
 * Places sections, in document order, along lines (columns of sections when flowing down, rows
 * when flowing right), and routes the edges between sections through the free bands around them:
 * straight on to the next section of the same line; otherwise out into the band after the source
 * section, along the channel between lines (or beside the only line), and, when lines lie
 * between, along the band before all lines' starts, then in through the band before the target.
 * Every edge gets its own lane in each band it runs along, and bands grow to hold their lanes.
 */
export function flowSections(
  extents: readonly Extent[],
  lines: readonly (readonly number[])[],
  specs: readonly AcrossSpec[],
  style: LayoutStyle,
  direction: LayoutDirection,
): SectionFlow {
  const lineOf: number[] = [];
  const place: number[] = [];
  lines.forEach((line, l) =>
    line.forEach((section, k) => {
      lineOf[section] = l;
      place[section] = k;
    }),
  );
  const previous = (section: number): number | undefined => {
    const line = lines[lineOf[section] as number] as readonly number[];
    const k = place[section] as number;
    return k > 0 ? line[k - 1] : undefined;
  };

  // Route topology and lanes: bands are the gap after a section (`after:i`), the channel after
  // line l (`channel:l`, l = -1 before the first line) and the band before every line's start
  // (`head`). Lanes across the flow (in `after` bands) are one per arrow; lanes along it (in
  // channels, and the head band that runs across all lines) are shared by arrows that run past
  // different stretches.
  const lanes = new Map<string, number>();
  const take = (band: string): number => {
    const index = lanes.get(band) ?? 0;
    lanes.set(band, index + 1);
    return index;
  };
  // Along the head band, positions are line l at 2l and the channel after it at 2l + 1.
  const head = new SharedLanes();
  const directPairs = new Set<string>();
  const plans: { route: Route; lanes: Map<string, number> }[] = specs.map((spec) => {
    const own = new Map<string, number>();
    const use = (band: string): void => {
      own.set(band, take(band));
    };
    const a = spec.from;
    const b = spec.to;
    const la = lineOf[a] as number;
    const lb = lineOf[b] as number;
    if (la === lb && place[b] === (place[a] as number) + 1) {
      const pair = `${a}>${b}`;
      if (spec.outCross === undefined && spec.inCross === undefined && !directPairs.has(pair)) {
        directPairs.add(pair);
        return { route: { type: 'direct' }, lanes: own };
      }
      use(`after:${a}`);
      return { route: { type: 'jog' }, lanes: own };
    }
    const exit = lb >= la ? la : la - 1;
    const entry = lb > la ? lb - 1 : lb;
    const before = previous(b);
    const entryBand = before === undefined ? 'head' : `after:${before}`;
    const viaHead = before === undefined || exit !== entry;
    use(`after:${a}`);
    if (viaHead) own.set('head', head.take(2 * exit + 1, before === undefined ? 2 * lb : 2 * entry + 1, 0));
    if (before !== undefined) use(entryBand);
    return { route: { type: 'channel', exit, entry, viaHead, entryBand }, lanes: own };
  });
  lanes.set('head', head.count);

  // Where edges without a port leave and enter sections: spread along the border.
  const spreadOut = new Map<number, number[]>();
  const spreadIn = new Map<number, number[]>();
  plans.forEach((plan, i) => {
    const spec = specs[i] as AcrossSpec;
    if (plan.route.type === 'direct') return;
    if (spec.outCross === undefined) spreadOut.set(spec.from, [...(spreadOut.get(spec.from) ?? []), i]);
    if (spec.inCross === undefined) spreadIn.set(spec.to, [...(spreadIn.get(spec.to) ?? []), i]);
  });

  // Placement along the flow: gaps between sections grow to hold their lanes.
  const bandSize = (band: string, open: boolean): number => laneBand(lanes.get(band) ?? 0, style, open);
  const mains: number[] = [];
  for (const line of lines) {
    let main = 0;
    line.forEach((section, k) => {
      mains[section] = main;
      main += (extents[section] as Extent).main + (k < line.length - 1 ? bandSize(`after:${section}`, false) : 0);
    });
  }
  const endOf = (s: number) => (mains[s] as number) + (extents[s] as Extent).main;
  const laneMain = (band: string, index: number): number => {
    const count = lanes.get(band) ?? 0;
    if (band === 'head') return -laneOffset(index, count, bandSize(band, true));
    const section = Number(band.slice('after:'.length));
    const line = lines[lineOf[section] as number] as readonly number[];
    const next = line[(place[section] as number) + 1];
    if (next === undefined) return endOf(section) + laneOffset(index, count, bandSize(band, true));
    return endOf(section) + laneOffset(index, count, (mains[next] as number) - endOf(section));
  };

  // Channels: each arrow runs along one (or two, by way of the head band) from where it leaves
  // the band after its source to where it turns into the band before its target.
  const channels = new Map<number, SharedLanes>();
  const channelLane = plans.map((plan, i) => {
    const taken = new Map<number, number>();
    if (plan.route.type !== 'channel') return taken;
    const { exit, entry, viaHead, entryBand } = plan.route;
    const spec = specs[i] as AcrossSpec;
    const take = (channel: number, from: number, to: number): void => {
      const shared = channels.get(channel) ?? new SharedLanes();
      channels.set(channel, shared);
      taken.set(channel, shared.take(from, to, style.edgeSpacing));
    };
    const away = laneMain(`after:${spec.from}`, plan.lanes.get(`after:${spec.from}`) as number);
    const headMain = viaHead ? laneMain('head', plan.lanes.get('head') as number) : 0;
    const beforeMain = entryBand === 'head' ? headMain : laneMain(entryBand, plan.lanes.get(entryBand) as number);
    if (!viaHead) take(exit, away, beforeMain);
    else {
      take(exit, away, headMain);
      if (entryBand !== 'head') take(entry, headMain, beforeMain);
    }
    return taken;
  });
  for (const [channel, shared] of channels) lanes.set(`channel:${channel}`, shared.count);

  // Placement across the flow: lines as thick as their thickest section, channels between them.
  const origins: FlowPoint[] = [];
  const thickness = lines.map((line) => Math.max(0, ...line.map((s) => (extents[s] as Extent).cross)));
  const lineStart: number[] = [];
  let cross = 0;
  lines.forEach((line, l) => {
    lineStart[l] = cross;
    for (const section of line) {
      const extent = extents[section] as Extent;
      const offset = direction === 'DOWN' ? ((thickness[l] as number) - extent.cross) / 2 : 0;
      origins[section] = { main: mains[section] as number, cross: cross + offset };
    }
    cross += (thickness[l] as number) + (l < lines.length - 1 ? bandSize(`channel:${l}`, false) : 0);
  });
  const laneCross = (channel: number, index: number): number => {
    const band = `channel:${channel}`;
    const count = lanes.get(band) ?? 0;
    if (channel < 0) return -laneOffset(index, count, bandSize(band, true));
    const end = (lineStart[channel] as number) + (thickness[channel] as number);
    if (channel >= lines.length - 1) return end + laneOffset(index, count, bandSize(band, true));
    return end + laneOffset(index, count, (lineStart[channel + 1] as number) - end);
  };
  const spreadAt = (section: number, list: Map<number, number[]>, edge: number): number => {
    const all = list.get(section) ?? [];
    return (origins[section] as FlowPoint).cross + laneOffset(all.indexOf(edge), all.length, (extents[section] as Extent).cross);
  };

  const routes = plans.map((plan, i): FlowPoint[] => {
    const spec = specs[i] as AcrossSpec;
    const a = spec.from;
    const b = spec.to;
    const start = endOf(a);
    const finish = (origins[b] as FlowPoint).main;
    if (plan.route.type === 'direct') {
      // Straight on, through the middle of what the two sections share across the flow.
      const low = Math.max((origins[a] as FlowPoint).cross, (origins[b] as FlowPoint).cross);
      const high = Math.min(
        (origins[a] as FlowPoint).cross + (extents[a] as Extent).cross,
        (origins[b] as FlowPoint).cross + (extents[b] as Extent).cross,
      );
      const middle = high >= low ? (low + high) / 2 : (origins[b] as FlowPoint).cross + (extents[b] as Extent).cross / 2;
      const from = high >= low ? middle : (origins[a] as FlowPoint).cross + (extents[a] as Extent).cross / 2;
      if (from === middle) return [{ main: start, cross: middle }, { main: finish, cross: middle }];
      const turn = (start + finish) / 2;
      return [{ main: start, cross: from }, { main: turn, cross: from }, { main: turn, cross: middle }, { main: finish, cross: middle }];
    }
    const out = spec.outCross === undefined ? spreadAt(a, spreadOut, i) : (origins[a] as FlowPoint).cross + spec.outCross;
    const into = spec.inCross === undefined ? spreadAt(b, spreadIn, i) : (origins[b] as FlowPoint).cross + spec.inCross;
    const away = laneMain(`after:${a}`, plan.lanes.get(`after:${a}`) as number);
    if (plan.route.type === 'jog') {
      return [
        { main: start, cross: out },
        { main: away, cross: out },
        { main: away, cross: into },
        { main: finish, cross: into },
      ];
    }
    const { exit, entry, viaHead, entryBand } = plan.route;
    const channelOut = laneCross(exit, channelLane[i]?.get(exit) as number);
    const points: FlowPoint[] = [
      { main: start, cross: out },
      { main: away, cross: out },
      { main: away, cross: channelOut },
    ];
    if (viaHead) {
      const head = laneMain('head', plan.lanes.get('head') as number);
      points.push({ main: head, cross: channelOut });
      if (entryBand === 'head') {
        points.push({ main: head, cross: into });
      } else {
        const channelIn = laneCross(entry, channelLane[i]?.get(entry) as number);
        const before = laneMain(entryBand, plan.lanes.get(entryBand) as number);
        points.push({ main: head, cross: channelIn }, { main: before, cross: channelIn }, { main: before, cross: into });
      }
    } else {
      const before = laneMain(entryBand, plan.lanes.get(entryBand) as number);
      points.push({ main: before, cross: channelOut }, { main: before, cross: into });
    }
    points.push({ main: finish, cross: into });
    return points;
  });
  return { origins, routes };
}
