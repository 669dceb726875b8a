import { describe, expect, it } from 'vitest';
import { plainExcerpt } from '../src/render/plainExcerpt.js';

describe('plainExcerpt', () => {
  // Its time on hostile brackets is measured by `pnpm bench:markdown`.
  it('shows a link\'s label after thousands of unclosed brackets, a URL with parentheses included', () => {
    expect(plainExcerpt(`${'['.repeat(5000)} see [the article](https://en.wikipedia.org/wiki/Flask_(web_framework)).`, 10_000)).toMatch(/ see the article\.$/);
  });
});
