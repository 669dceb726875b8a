// `pnpm bench:embed`: the embed as a blogger ships it, cold, in headless Chromium. A page with
// the classic script and one <roadmap-graph src> (1,200 × 720 px, the wide layout), a fresh
// browser context per run (no cache, no storage), median of the runs. For the Python roadmap
// (baked, and without a layout: laid out in the worker), synthetic roadmaps of 1,000 and 2,000
// topics and the largest roadmap allowed (10,000 topics, 100-character ids; the 10,000-topic
// synthetic one has more sections than allowed) (baked, wide class), it measures from navigation
// start:
//   first map     the first frame with a topic of the map in the DOM: the first map (drawn by
//                 the page script from the baked layout) or else the interactive map
//   interactive   the first frame with the interactive map placed (React Flow, at its start view)
//   ready         the element's `ready` event (data valid, layout there, map on screen)
//   load task     the longest task until `ready`
//   pan task      the longest task during a scripted drag pan (20 moves) and 4 Ctrl+wheel zooms
//   elements      elements in the shadow root at the start view
// and the gzip size of the initial script and of its interactive part. Two references on the
// same page, for the Python roadmap: the floor (a script that only fetches the roadmap and adds
// its topics as buttons: no embed that loads `src` with a script shows sooner) and, when
// BENCH_MERMAID names Mermaid 11's dist/mermaid.min.js (`npm i mermaid@11` anywhere), the same
// roadmap as a Mermaid flowchart, to its first frame with the chart's nodes. Run `pnpm build`
// first (the script does). Set BENCH_RUNS to change the number of runs (default 7),
// BENCH_SKIP_10K=1 to skip 10,000 topics.
import { existsSync, mkdirSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
// Core by its built files: the repository root does not depend on the packages.
import { buildGraph, layoutRoadmap, toBakedLayout, withBakedLayout, type Roadmap } from '../packages/core/dist/index.js';
import { createElkEngine } from '../packages/core/dist/layout/elkNodeEngine.js';
import { largestRoadmap } from '../packages/core/test/support/largestRoadmap.js';
import { syntheticRoadmap } from '../packages/core/test/support/syntheticRoadmap.js';
import { FLOOR_SCRIPT, mermaidPage, toMermaid } from './embedReferences.js';
import { launchBrowser } from '../tests/support/launchBrowser.js';
import { serveStatic } from '../tests/support/serveStatic.js';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

const ROOT = new URL('..', import.meta.url).pathname;
const ELEMENT_DIST = join(ROOT, 'packages/element/dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const VIEWPORT = { width: 1280, height: 800 };

/** Installed before the page's scripts: long tasks, and the first frame with a topic of the map. */
const PROBE = `(() => {
  const probe = { firstMap: null, interactive: null, ready: null, tasks: [] };
  window.__rgBench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('ready', (event) => { if (probe.ready === null) probe.ready = performance.now(); }, true);
  const frame = () => {
    const root = document.querySelector('roadmap-graph')?.shadowRoot;
    const flow = root && root.querySelector('.react-flow');
    const placed = flow && flow.style.opacity !== '0' && root.querySelector('.react-flow__node button[data-topic-id]');
    if (probe.firstMap === null && root && (placed || root.querySelector('[data-first-map] button[data-topic-id]'))) probe.firstMap = performance.now();
    if (placed) probe.interactive = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Probe {
  firstMap: number | null;
  interactive: number | null;
  ready: number | null;
  tasks: { start: number; duration: number }[];
}

interface Run {
  firstMap: number;
  interactive: number;
  ready: number;
  loadTask: number;
  panTask: number;
  elements: number;
}

interface Case {
  name: string;
  file: string;
}

/** A page drawn by something else than the element, and what shows its picture. */
interface Reference {
  name: string;
  page: string;
  drawn: string;
}

/** Installed before a reference page's scripts: its first frame with \`drawn\` in the DOM. */
const referenceProbe = (drawn: string): string => `(() => {
  window.__rgShown = null;
  const frame = () => {
    const root = document.querySelector('roadmap-graph')?.shadowRoot ?? document;
    if (root.querySelector(${JSON.stringify(drawn)})) window.__rgShown = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number): string => `${Math.round(value).toLocaleString('en')} ms`;

function page(file: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>
<script src="/element/roadmap-graph.iife.js"></script></head>
<body style="margin:0"><roadmap-graph src="/data/${file}" height="720" style="display:block;width:1200px"></roadmap-graph></body></html>`;
}

async function baked(roadmap: Roadmap): Promise<Roadmap> {
  const layout = await layoutRoadmap(buildGraph(roadmap), { engine: createElkEngine(), widthClass: 'wide' });
  return withBakedLayout(roadmap, toBakedLayout(roadmap, [layout]));
}

/** Writes the roadmaps and their pages into a temporary site; returns the cases. */
async function prepare(dir: string): Promise<Case[]> {
  const python = JSON.parse(readFileSync(join(ROOT, 'data/python-backend.roadmap.json'), 'utf8')) as Roadmap;
  const { layout: _baked, ...unbaked } = python;
  const files: [string, string, unknown][] = [
    ['Python roadmap, baked', 'python.json', python],
    ['Python roadmap, no layout (worker)', 'python-unbaked.json', unbaked],
  ];
  const large: [string, string, () => Roadmap][] = [
    ['1,000 topics, baked', 'synthetic-1000.json', () => syntheticRoadmap(1000, 1)],
    ['2,000 topics, baked', 'synthetic-2000.json', () => syntheticRoadmap(2000, 1)],
  ];
  if (!process.env.BENCH_SKIP_10K) large.push(['10,000 topics (largest allowed), baked', 'largest.json', largestRoadmap]);
  for (const [name, file, make] of large) {
    const started = performance.now();
    files.push([name, file, await baked(make())]);
    console.log(`${name} in ${ms(performance.now() - started)}`);
  }
  return files.map(([name, file, data]) => {
    writeFileSync(join(dir, file), JSON.stringify(data));
    writeFileSync(join(dir, `${file}.html`), page(file));
    return { name, file };
  });
}

/** Writes the reference pages for the Python roadmap (see the top of this file); returns them. */
function prepareReferences(dir: string): Reference[] {
  mkdirSync(join(dir, 'floor'));
  writeFileSync(join(dir, 'floor/roadmap-graph.iife.js'), FLOOR_SCRIPT);
  writeFileSync(join(dir, 'floor.html'), page('python.json').replace('/element/', '/floor/'));
  const references: Reference[] = [{ name: 'floor: fetch and add buttons', page: 'floor.html', drawn: '[data-first-map] button' }];
  const mermaid = process.env.BENCH_MERMAID;
  if (mermaid) {
    mkdirSync(join(dir, 'mermaid'));
    copyFileSync(mermaid, join(dir, 'mermaid/mermaid.min.js'));
    const python = JSON.parse(readFileSync(join(dir, 'python.json'), 'utf8')) as Roadmap;
    writeFileSync(join(dir, 'mermaid.html'), mermaidPage(toMermaid(buildGraph(python))));
    references.push({ name: `Mermaid ${mermaidVersion(mermaid)} (dagre)`, page: 'mermaid.html', drawn: '.mermaid svg .node' });
  }
  return references;
}

function mermaidVersion(script: string): string {
  const manifest = join(dirname(script), '../package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : '';
}

async function measureReference(browser: Browser, url: string, drawn: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await tab.addInitScript(referenceProbe(drawn));
  await tab.goto(url);
  await tab.waitForFunction('window.__rgShown !== null', null, { timeout: 120_000 });
  const shown = (await tab.evaluate('window.__rgShown')) as number;
  await context.close();
  return shown;
}

async function measure(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await tab.addInitScript(PROBE);
  await tab.goto(url);
  await tab.waitForFunction('window.__rgBench.ready !== null && window.__rgBench.interactive !== null', null, { timeout: 120_000 });
  const loaded = (await tab.evaluate('window.__rgBench')) as Probe;
  const elements = (await tab.evaluate(`document.querySelector('roadmap-graph').shadowRoot.querySelectorAll('*').length`)) as number;
  // A reader moves the map: drag it, then zoom with Ctrl + wheel (the element is cooperative).
  const panStart = (await tab.evaluate('performance.now()')) as number;
  const viewport = `document.querySelector('roadmap-graph').shadowRoot.querySelector('.react-flow__viewport').style.transform`;
  const before = (await tab.evaluate(viewport)) as string;
  const box = (await tab.locator('roadmap-graph').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height, VIEWPORT.height) / 2;
  await tab.mouse.move(x, y);
  await tab.mouse.down();
  for (let step = 1; step <= 20; step++) await tab.mouse.move(x - step * 15, y - step * 10);
  await tab.mouse.up();
  await tab.keyboard.down('Control');
  for (let step = 0; step < 4; step++) await tab.mouse.wheel(0, step < 2 ? -120 : 120);
  await tab.keyboard.up('Control');
  await tab.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  // A pan that did not move the map would measure nothing.
  if ((await tab.evaluate(viewport)) === before) throw new Error(`the scripted pan and zoom did not move the map (${url})`);
  const after = (await tab.evaluate('window.__rgBench')) as Probe;
  await context.close();
  const longest = (tasks: Probe['tasks']) => Math.max(0, ...tasks.map((task) => task.duration));
  return {
    firstMap: loaded.firstMap!,
    interactive: loaded.interactive!,
    ready: loaded.ready!,
    loadTask: longest(loaded.tasks.filter((task) => task.start < loaded.ready!)),
    panTask: longest(after.tasks.filter((task) => task.start >= panStart)),
    elements,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'rg-embed-bench-'));
try {
  const cases = await prepare(dir);
  const references = prepareReferences(dir);
  const server = await serveStatic({ '/': dir, '/data': dir, '/element': ELEMENT_DIST });
  const browser = await launchBrowser();
  try {
    const rows: string[][] = [['case', 'first map', 'interactive', 'ready', 'load task', 'pan task', 'elements']];
    for (const { name, file } of cases) {
      const runs: Run[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await measure(browser, `${server.url}/${file}.html`));
      const pick = (key: keyof Run) => median(runs.map((run) => run[key]));
      rows.push([name, ms(pick('firstMap')), ms(pick('interactive')), ms(pick('ready')), ms(pick('loadTask')), ms(pick('panTask')), String(pick('elements'))]);
      console.log(`${name}: done (${RUNS} runs)`);
    }
    for (const { name, page: file, drawn } of references) {
      const runs: number[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await measureReference(browser, `${server.url}/${file}`, drawn));
      rows.push([`Python, ${name}`, ms(median(runs)), '', '', '', '', '']);
      console.log(`${name}: done (${RUNS} runs)`);
    }
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    console.log(`\nembed benchmark, median of ${RUNS} cold runs (fresh context each), Chromium ${browser.version()}, ${VIEWPORT.width} × ${VIEWPORT.height}`);
    for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    console.log('');
    for (const [what, file] of [['initial script', 'roadmap-graph.iife.js'], ['interactive part', 'roadmap-graph.iife.interactive.js']]) {
      // A build from before the split has no interactive part.
      if (!existsSync(join(ELEMENT_DIST, file!))) continue;
      const code = readFileSync(join(ELEMENT_DIST, file!));
      console.log(`${what} (${file}): ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzip, ${(code.length / 1024).toFixed(1)} KB raw`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
