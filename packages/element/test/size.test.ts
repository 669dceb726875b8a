// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The size budget of the page scripts, checked on the built files (`pnpm build` runs first in
// CI): each must stay within 159 KB gzip, with ELK and the Markdown parser only in the worker.
// It was 150 KB until every word became replaceable (`labels`: the English words as one typed
// object, their keys at each use and the number formatting, 2.3 KB; translations stay out,
// labels/fr.js is a module of its own) and large maps mounted only what is in view (the mount
// window, section blocks, the overview: 5.5 KB); 157.2 KB measured. The way down is the split
// of decisions/first-map.md (a page script of about 57 KB drawing the first map).
const BUDGET = 159 * 1024;
const dist = (file: string): string => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const PAGE_SCRIPTS = ['roadmap-graph.js', 'roadmap-graph.iife.js'];

function read(file: string): string {
  if (!existsSync(dist(file))) throw new Error(`dist/${file} is missing: run \`pnpm --filter @roadmap-graph/element build\` first`);
  return readFileSync(dist(file), 'utf8');
}

const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe('bundle size', () => {
  it.each(PAGE_SCRIPTS)('%s stays within 159 KB gzip', (file) => {
    const size = gzipped(read(file));
    console.log(`${file}: ${kb(size)} gzip (budget ${kb(BUDGET)})`);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });

  it.each(PAGE_SCRIPTS)('%s carries neither ELK nor the Markdown parser', (file) => {
    const code = read(file);
    expect(code).not.toMatch(/org\.eclipse\.elk|elkjs/);
    expect(code).not.toMatch(/codeIndented|micromark/);
  });

  it.each(PAGE_SCRIPTS)('%s carries English only: translations are modules of their own', (file) => {
    const code = read(file);
    expect(code).toContain('Skip past the roadmap');
    expect(code).not.toContain('feuille de route');
    expect(read('labels/fr.js')).toContain('feuille de route');
  });

  it('puts ELK and the Markdown import in the worker, which is loaded only when needed', () => {
    const worker = read('roadmap-graph.layout-worker.js');
    console.log(`roadmap-graph.layout-worker.js: ${kb(gzipped(worker))} gzip (loaded on demand)`);
    expect(worker).toMatch(/org\.eclipse\.elk/);
    expect(worker).toMatch(/codeIndented/);
    expect(worker).toContain('roadmap-graph:read');
    // A worker has no document: a DOM-based entity decoder would break Markdown there.
    expect(worker).not.toMatch(/document\.createElement/);
  });

  it('ships a classic script that adds no global variable and no import.meta', () => {
    const iife = read('roadmap-graph.iife.js');
    expect(iife.trimStart()).toMatch(/^\(function\(\)\{/);
    expect(iife).not.toContain('import.meta');
  });
});
