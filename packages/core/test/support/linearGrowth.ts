import { fromMarkdown } from '../../src/markdown/fromMarkdown.js';

// "Grows at most linearly": the same outline at 1x and 4x its size, in the same run, timed as
// the best of three (CPU time, so other processes weigh less). Linear work gives about 4;
// reading a whole document or rescanning a paragraph gives 16 and more. The 1x size is doubled
// until it takes long enough to time: at a few milliseconds, one pause of the garbage collector
// in the 4x run looked like growth (a ratio of 14 for linear work on a busy machine).
function cpuMilliseconds(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const before = process.cpuUsage();
    fromMarkdown(text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Shortest time, in CPU milliseconds, of the 1x outline that {@link importGrowth} compares. */
const LONG_ENOUGH_MS = 20;

/**
 * How much longer `fromMarkdown` takes on `make(4n)` than on `make(n)`, with `n` doubled as long
 * as the 1x outline takes less than {@link LONG_ENOUGH_MS} (and stays under 1 MB).
 */
export function importGrowth(make: (n: number) => string, n: number): number {
  let size = n;
  let once = cpuMilliseconds(make(size)); // also the warm-up
  while (once < LONG_ENOUGH_MS && make(2 * size).length * 4 < 4_000_000) {
    size *= 2;
    once = cpuMilliseconds(make(size));
  }
  return cpuMilliseconds(make(4 * size)) / Math.max(cpuMilliseconds(make(size)), 1);
}
