import { describe, expect, it } from 'vitest';
import { plainExcerpt } from '../src/render/plainExcerpt.js';

function bestMilliseconds(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const before = process.cpuUsage();
    plainExcerpt(text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('plainExcerpt', () => {
  it('takes time linear in the description, whatever brackets it holds', () => {
    for (const unit of ['[', '![', '[](', '[a](b(', '[ (](']) {
      const small = unit.repeat(Math.ceil(20_000 / unit.length));
      bestMilliseconds(small);
      const ratio = bestMilliseconds(small.repeat(4)) / Math.max(bestMilliseconds(small), 0.5);
      expect(ratio, unit).toBeLessThan(8);
    }
    // And still shows a link's label, a URL with parentheses included.
    expect(plainExcerpt(`${'['.repeat(5000)} see [the article](https://en.wikipedia.org/wiki/Flask_(web_framework)).`, 10_000)).toMatch(/ see the article\.$/);
  });
});
