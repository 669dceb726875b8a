// `pnpm bench:react`: the React map in headless Chromium, against the fixture app of the browser
// tests (tests/fixtures/react-app, a production Vite build importing the built package; run
// `pnpm build` first). Measures, from navigation start, the first frame that paints a topic of
// the Python roadmap and of a 1,000-topic roadmap with a baked layout, and the time from a click
// on a topic to the frame that paints its panel. Cold = a fresh browser; warm = the median of
// new pages in the same browser. Prints a table against the targets.
import { buildReactApp } from '../tests/fixtures/react-app/buildReactApp.js';
import { launchBrowser } from '../tests/support/launchBrowser.js';
import { serveStatic, type StaticServer } from '../tests/support/serveStatic.js';
import { REACT_PROBE } from './reactProbe.js';

// playwright-core is a dependency of tests/, not of the root: its types come through launchBrowser.
type Browser = Awaited<ReturnType<typeof launchBrowser>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

const OUT = new URL('../test-output/react-bench-app/', import.meta.url).pathname;
const TOPIC = '.react-flow__node button[data-topic-id]';
const PAINT_CASES = [
  { name: 'Python roadmap', query: '', topics: 51, runs: 9, targetMs: 500 },
  { name: '1,000 topics (baked)', query: '?roadmap=synthetic1000', topics: 1000, runs: 5, targetMs: 2_000 },
];
const PANEL_CASES = [
  { name: 'panel after a click, Python', query: '', topics: 51, clicks: 11, targetMs: 100 as number | undefined },
  { name: 'panel after a click, 1,000', query: '?roadmap=synthetic1000', topics: 1000, clicks: 11, targetMs: undefined },
];

interface Probe {
  topicPainted: number | null;
  views: { time: number; transform: string }[];
  panels: { ms: number }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`.padStart(10);
const probeOf = (page: Page) => page.evaluate('window.__rgBench') as Promise<Probe>;

/** Waits until the map's viewport transform has not changed for `quietMs`. */
async function stillMap(page: Page, quietMs = 400): Promise<void> {
  let last = '';
  let since = Date.now();
  for (;;) {
    const now = await page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await page.waitForTimeout(50);
  }
}

/** A page of its own context (fresh storage and cache) on the app, once the map stands still. */
async function newPage(browser: Browser, server: StaticServer, query: string, topics: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.addInitScript(REACT_PROBE);
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node button[data-topic-id]').length === n, topics, { timeout: 30_000 });
  await stillMap(page);
  return page;
}

/** First topic painted and settled start view, in ms from navigation start. */
async function paintRun(browser: Browser, server: StaticServer, query: string, topics: number): Promise<{ first: number; settled: number }> {
  const page = await newPage(browser, server, query, topics);
  const probe = await probeOf(page);
  await page.context().close();
  if (probe.topicPainted === null) throw new Error(`no topic title was ever painted on ${query || '/'}`);
  return { first: probe.topicPainted, settled: probe.views.at(-1)!.time };
}

/** Topics whose centre a click would hit right now (in the map's visible part and the window). */
function hittableTopics(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.locator(TOPIC).evaluateAll((buttons) =>
    buttons.flatMap((button) => {
      const box = button.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      return hit && button.contains(hit) ? [{ id: (button as HTMLElement).dataset.topicId!, x, y }] : [];
    }),
  );
}

/** Clicks `clicks` topics in turn (closing each panel), returns click-to-painted-panel times. */
async function panelRuns(browser: Browser, server: StaticServer, query: string, topics: number, clicks: number): Promise<number[]> {
  const page = await newPage(browser, server, query, topics);
  for (let i = 0; i < clicks; i++) {
    const targets = await hittableTopics(page);
    if (targets.length === 0) throw new Error('no topic of the map can be clicked');
    const target = targets[(i * 5) % targets.length]!;
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction((n) => (window as unknown as { __rgBench: Probe }).__rgBench.panels.length === n, i + 1);
    await page.keyboard.press('Escape');
    await page.locator('section.rg-panel').waitFor({ state: 'detached' });
    await stillMap(page, 300);
  }
  const probe = await probeOf(page);
  await page.context().close();
  return probe.panels.map((panel) => panel.ms);
}

const { viteMs, bakeMs } = await buildReactApp(OUT);
const server = await serveStatic(OUT);
console.log(`RoadmapGraph in headless Chromium (fixture app: vite build ${Math.round(viteMs)} ms, 1,000-topic layout baked in ${Math.round(bakeMs)} ms)`);
console.log(`${'case'.padEnd(32)}${'cold'.padStart(10)}${'warm median'.padStart(14)}${'warm min'.padStart(10)}${'settled view'.padStart(14)}   target (warm median)`);
let missed = 0;
const verdict = (value: number, target: number | undefined) => {
  if (target === undefined) return '';
  if (value > target) missed++;
  return `≤ ${target.toLocaleString('en')} ms ${value <= target ? 'ok' : 'MISSED'}`;
};
try {
  for (const c of PAINT_CASES) {
    // Cold: a browser of its own, nothing compiled or cached yet.
    const coldBrowser = await launchBrowser();
    const cold = await paintRun(coldBrowser, server, c.query, c.topics);
    await coldBrowser.close();
    const browser = await launchBrowser();
    const warm: { first: number; settled: number }[] = [];
    for (let i = 0; i < c.runs; i++) warm.push(await paintRun(browser, server, c.query, c.topics));
    await browser.close();
    const first = median(warm.map((run) => run.first));
    const settled = median(warm.map((run) => run.settled));
    const min = Math.min(...warm.map((run) => run.first));
    console.log(`${`first paint, ${c.name}`.padEnd(32)}${ms(cold.first)}${ms(first).padStart(14)}${ms(min)}${ms(settled).padStart(14)}   ${verdict(first, c.targetMs)}`);
  }
  const browser = await launchBrowser();
  for (const c of PANEL_CASES) {
    const times = await panelRuns(browser, server, c.query, c.topics, c.clicks);
    // The first click pays for code that runs for the first time; the median is of the rest.
    const [first, ...rest] = times;
    console.log(`${c.name.padEnd(32)}${ms(first!)}${ms(median(rest)).padStart(14)}${ms(Math.min(...rest))}${`max ${Math.round(Math.max(...rest))} ms`.padStart(14)}   ${verdict(median(rest), c.targetMs)}`);
  }
  await browser.close();
} finally {
  await server.close();
}
console.log('first paint: the browser\'s paint time of the first topic title (Element Timing), from navigation start;');
console.log('cold: the first page (first click) of a fresh browser; settled view: the frame in which the map took its start view;');
console.log('panel: click event to the paint of the panel\'s heading, median of 10 clicks after the first.');
process.exitCode = missed ? 1 : 0;
