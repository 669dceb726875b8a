import { fromMarkdown } from '../../src/markdown/fromMarkdown.js';

// "Grows at most linearly": the same outline at 1x and 4x its size, in the same run, timed as
// the best of three (CPU time, so other processes weigh less). Linear work gives about 4;
// reading a whole document or rescanning a paragraph gives 16 and more.
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

/** How much longer `fromMarkdown` takes on `make(4n)` than on `make(n)`. */
export function importGrowth(make: (n: number) => string, n: number): number {
  cpuMilliseconds(make(n)); // warm up
  return cpuMilliseconds(make(4 * n)) / Math.max(cpuMilliseconds(make(n)), 1);
}
