// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_TOKENS } from '../src/theme/tokens.js';

describe('README', () => {
  it('documents every theme custom property', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const missing = THEME_TOKENS.filter((t) => !readme.includes(`\`${t.name}\``)).map((t) => t.name);
    expect(missing).toEqual([]);
  });
});
