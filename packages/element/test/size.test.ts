// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The size budgets of the element's scripts, checked on the built files (`pnpm build` runs first
// in CI), each the size measured plus 10 % (decisions/first-map.md):
// - the page scripts, which a page loads first and which draw the first map, validated without
//   zod (34.4 KB gzip when zod left them): 38 KB;
// - their interactive parts (UI runtime, React Flow, zod, the React map), loaded beside them: the
//   ES build's chunk shares the page script's modules, the classic script's copy is whole.
// ELK is in the layout worker only, the Markdown parser in the workers only; the read worker,
// which a long roadmap with a baked layout waits for, has no ELK and its own budget.
const KB = 1024;
const PAGE_SCRIPTS: [string, number][] = [
  ['roadmap-graph.js', 38 * KB],
  ['roadmap-graph.iife.js', 38 * KB],
];
const INTERACTIVE_PARTS: [string, number][] = [
  ['roadmap-graph.interactive.js', 139 * KB],
  ['roadmap-graph.iife.interactive.js', 151 * KB],
];
/** The read worker: core's validation and the Markdown import (73.3 KB gzip when split off, plus 10 %). */
const READ_WORKER_BUDGET = 81 * KB;
const dist = (file: string): string => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

function read(file: string): string {
  if (!existsSync(dist(file))) throw new Error(`dist/${file} is missing: run \`pnpm --filter @roadmap-graph/element build\` first`);
  return readFileSync(dist(file), 'utf8');
}

const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

describe('bundle size', () => {
  it.each(PAGE_SCRIPTS)('page script %s stays within its budget', (file, budget) => {
    const size = gzipped(read(file));
    console.log(`${file}: ${kb(size)} gzip (budget ${kb(budget)})`);
    expect(size).toBeLessThanOrEqual(budget);
  });

  it.each(INTERACTIVE_PARTS)('interactive part %s stays within its budget', (file, budget) => {
    const size = gzipped(read(file));
    console.log(`${file}: ${kb(size)} gzip (budget ${kb(budget)}, loaded beside the page script)`);
    expect(size).toBeLessThanOrEqual(budget);
  });

  it.each(PAGE_SCRIPTS)('page script %s leaves React Flow to the interactive part', (file) => {
    // React Flow's own class names are written by its code only (the style sheet uses react-flow__).
    expect(read(file)).not.toMatch(/xyflow__/);
    expect(read(INTERACTIVE_PARTS[PAGE_SCRIPTS.findIndex(([name]) => name === file)]![0])).toMatch(/xyflow__/);
  });

  it.each(PAGE_SCRIPTS)('page script %s leaves zod to the interactive part: the first map is validated without it', (file) => {
    // zod 4 keeps each schema's internals under `_zod`; core's readValidRoadmap needs none of it.
    expect(read(file)).not.toMatch(/_zod/);
    expect(read(INTERACTIVE_PARTS[PAGE_SCRIPTS.findIndex(([name]) => name === file)]![0])).toMatch(/_zod/);
  });

  it.each([...PAGE_SCRIPTS, ...INTERACTIVE_PARTS])('%s carries neither ELK nor the Markdown parser', (file) => {
    const code = read(file);
    expect(code).not.toMatch(/org\.eclipse\.elk|elkjs/);
    expect(code).not.toMatch(/codeIndented|micromark/);
  });

  it('keeps ELK out of the read worker, which reads and validates text within its budget', () => {
    const worker = read('roadmap-graph.read-worker.js');
    const size = gzipped(worker);
    console.log(`roadmap-graph.read-worker.js: ${kb(size)} gzip (budget ${kb(READ_WORKER_BUDGET)}, loaded for long JSON and Markdown)`);
    expect(size).toBeLessThanOrEqual(READ_WORKER_BUDGET);
    expect(worker).not.toMatch(/org\.eclipse\.elk|elkjs/);
    expect(worker).toMatch(/codeIndented/);
    expect(worker).toContain('roadmap-graph:read');
    expect(worker).not.toMatch(/document\.createElement/);
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

  it('ships a classic script that adds no global variable and no import.meta, and loads its interactive part beside it', () => {
    const iife = read('roadmap-graph.iife.js');
    expect(iife.trimStart()).toMatch(/^\(function\(\)\{/);
    expect(iife).not.toContain('import.meta');
    expect(iife).toContain('roadmap-graph.iife.interactive.js');
  });

  it('ships an ES module whose interactive part is a chunk a bundler can follow', () => {
    expect(read('roadmap-graph.js')).toMatch(/import\(["'`]\.\/roadmap-graph\.interactive\.js["'`]\)/);
    expect(read('roadmap-graph.interactive.js')).toMatch(/from["'`]\.\/roadmap-graph\.js["'`]/);
  });
});
