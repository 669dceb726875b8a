// `pnpm bench:markdown`: how the time of reading hostile Markdown grows with its size. Each
// outline (the patterns that once made the importer, the tooltip excerpt or the panel's inline
// reader super-linear) is read at 1x and 4x its size, CPU time, best of five; the 1x size doubles
// (up to a size the reader meets) until it takes 40 ms, or else the text is read several times. Linear work gives a ratio of about 4;
// rescanning gives 16 and more. A ratio is noisy (a garbage collection in the 4x run reads as
// growth): read one over budget again before believing it. Prints every ratio and exits 1 when
// one is over its budget (8). The unit tests check the importer's bounds without a clock (packages/core/test/markdownReadingBounds.test.ts);
// this is where its time is measured.
import { fromMarkdown } from '../packages/core/src/markdown/read/fromMarkdown.js';
import { LIMITS } from '../packages/core/src/schema/limits.js';
import { plainExcerpt } from '../packages/core/src/render/plainExcerpt.js';
import { parseInlineMarkdown } from '../packages/core/src/markdown/inline/parseInlineMarkdown.js';

const BUDGET = 8;
const LONG_ENOUGH_MS = 40;
const MAX_CHARACTERS = 1_000_000;

function cpuMilliseconds(read: (text: string) => unknown, text: string, repeats: number): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const before = process.cpuUsage();
    for (let i = 0; i < repeats; i++) read(text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * Time at 4x over time at 1x. The 1x size doubles while it takes less than LONG_ENOUGH_MS and
 * the 4x text stays within `maxN` repeats and MAX_CHARACTERS; past that, each text is read
 * several times in a row instead.
 */
function growth(read: (text: string) => unknown, make: (n: number) => string, n: number, maxN: number) {
  let size = n;
  let repeats = 1;
  let once = cpuMilliseconds(read, make(size), repeats);
  while (once < LONG_ENOUGH_MS) {
    if (make(2 * size).length * 4 <= MAX_CHARACTERS && 8 * size <= maxN) size *= 2;
    else repeats *= 2;
    once = cpuMilliseconds(read, make(size), repeats);
  }
  const small = cpuMilliseconds(read, make(size), repeats);
  const large = cpuMilliseconds(read, make(4 * size), repeats);
  return { characters: make(size).length, repeats, small, large, ratio: large / small };
}

// The excerpt and the panel read descriptions, which hold at most LIMITS.maxDescriptionLength
// (5,000) characters; far larger texts time the memory's caches rather than the reader.
const DESCRIPTION_SIZES = 16 * LIMITS.maxDescriptionLength;

const tail = '\n\n## S\n\n- a\n';
// Long URLs: a topic holds at most LIMITS.maxListLength (200) resources.
const links = (n: number) => `# R\n\n## S\n\n- T\n  - ${Array.from({ length: n }, (_, i) => `[@docs@D${i}](https://e.com/${'p'.repeat(1900)}/${i})`).join(' · ')}\n`;
const descriptions = (unit: string) => (n: number) => `# R\n\n## S\n\n${Array.from({ length: n }, (_, i) => `- T${i}\n\n  ${unit.repeat(Math.floor(4_900 / unit.length))}\n`).join('\n')}`;

type Case = [name: string, read: (text: string) => unknown, make: (n: number) => string, n: number, maxN?: number];

const CASES: Case[] = [
  ['import: block quotes', fromMarkdown, (n) => `# Quotes {#quotes}\n\n${'> a\n\n'.repeat(n)}${tail}`, 1000],
  ['import: ordered lists between paragraphs', fromMarkdown, (n) => `# R\n\n${'1. a\n\nb\n\n'.repeat(n)}${tail}`, 1500],
  ['import: nested emphasis', fromMarkdown, (n) => `# R\n\n${'*a **a '.repeat(n)}b${' a** a*'.repeat(n)}${tail}`, 400],
  ['import: HTML comment openers', fromMarkdown, (n) => `# R\n\n</${'<!--'.repeat(n)}${tail}`, 2000],
  ['import: link openers', fromMarkdown, (n) => `# R\n\n${'[ (]('.repeat(n)}${tail}`, 2000],
  ['import: a topic with thousands of subtopics', fromMarkdown, (n) => `# R\n\n## S\n\n- Big\n${'  - b\n    - c\n'.repeat(n)}`, 1500],
  ['import: a quote of lists', fromMarkdown, (n) => `# R\n\n## S\n\n- a\n\n${'> - a\n>\n> b\n>\n'.repeat(n)}`, 500],
  ['import: a definition after quotes', fromMarkdown, (n) => `# R\n\n## S\n\n- Topic\n  - [@docs@Guide][g]\n\n${'> a quote\n\n'.repeat(n)}[g]: https://e.com/a\\_b "paid"\n`, 1000],
  ['import: a line of links', fromMarkdown, links, 10, LIMITS.maxListLength],
  ['import: plain descriptions', fromMarkdown, descriptions('word '), 8],
  ...['[ (](', 'a_ ', '</<!--', '*a **a ', '\\*'].map((unit): Case => [`import: descriptions of ${JSON.stringify(unit)}`, fromMarkdown, descriptions(unit), 8]),
  ...['[', '![', '[](', '[a](b(', '[ (]('].map((unit): Case => [`tooltip excerpt: ${JSON.stringify(unit)}`, (text) => plainExcerpt(text), (n) => unit.repeat(n), 250, DESCRIPTION_SIZES / unit.length]),
  ...['*a _b [c `d ', '[', '![a](', '**a __b ', '`` `'].map((unit): Case => [`panel inline reader: ${JSON.stringify(unit)}`, parseInlineMarkdown, (n) => unit.repeat(n), 250, DESCRIPTION_SIZES / unit.length]),
];

console.log(`Markdown reading time, 4x over 1x (CPU, best of 5, Node ${process.version}); budget ${BUDGET}`);
console.log(`${'case'.padEnd(50)}${'1x chars'.padStart(10)}${'reads'.padStart(7)}${'1x ms'.padStart(8)}${'4x ms'.padStart(8)}${'ratio'.padStart(7)}`);
let over = 0;
for (const [name, read, make, n, maxN = Infinity] of CASES) {
  const { characters, repeats, small, large, ratio } = growth(read, make, n, maxN);
  if (ratio > BUDGET) over++;
  const cells = [characters.toLocaleString('en').padStart(10), String(repeats).padStart(7), small.toFixed(0).padStart(8), large.toFixed(0).padStart(8), ratio.toFixed(1).padStart(7)];
  console.log(`${name.padEnd(50)}${cells.join('')}${ratio > BUDGET ? '  OVER' : ''}`);
}
if (over) {
  console.log(`${over} over the budget of ${BUDGET}`);
  process.exitCode = 1;
}
