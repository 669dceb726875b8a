import { buildGraph, layoutAllWidths, LIMITS, parseRoadmap, withBakedLayout } from '@roadmap-graph/core';
import { createElkEngine } from '@roadmap-graph/core/elk-node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.js';
import type { StaticServer } from '../support/serveStatic.js';
import { heavyValidRoadmap, unknownPrerequisitesRoadmap } from './support/bigRoadmaps.js';
import { assertElementBuilt } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { serveHostile, type HostileServer } from './support/serveHostile.js';
import { waitForMap } from './support/shadow.js';
import { watchPage, type PageWatch } from './support/watchPage.js';

// What a host page sees when a roadmap is hostile or broken: the element's failures stay out of
// the page's error monitors, a huge, stalled or wrong `src` ends in an error that says which it
// was, and large input is validated off the page's main thread.

/**
 * A valid roadmap of about 4 MB with its layout baked in, as `roadmap-graph layout` writes it:
 * 100 topics, each with the longest description, 30 resources with long URLs and the topics
 * before it as prerequisites. Set in beforeAll.
 */
let HEAVY: string;
/** 10,000 topics, 300 of them requiring an id that does not exist (about 0.5 MB, invalid). */
const UNKNOWN = unknownPrerequisitesRoadmap({ topics: 10_000, unknown: 300 });
/**
 * Counts, on the page's main thread, JSON.parse calls on text longer than this: large input is
 * read in the worker, so none may happen. (How long the page's tasks are is the embed bench's
 * business: `pnpm bench:embed` reports the longest task while a roadmap loads.)
 */
const LARGE_TEXT = 128 * 1024;
const COUNT_LARGE_PARSES = `(() => {
  const parse = JSON.parse;
  window.__largeParses = 0;
  JSON.parse = function (text, reviver) {
    if (typeof text === 'string' && text.length > ${LARGE_TEXT}) window.__largeParses += 1;
    return parse.call(this, text, reviver);
  };
})();`;

let browser: Browser;
let server: StaticServer;
let hostile: HostileServer;

beforeAll(async () => {
  assertElementBuilt();
  const parsed = parseRoadmap(heavyValidRoadmap({ sections: 5, perSection: 20, resources: 30, urlLength: 1100 }));
  if (!parsed.ok) throw new Error(`the heavy roadmap is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const layout = await layoutAllWidths(buildGraph(parsed.roadmap), { engine: createElkEngine() });
  HEAVY = JSON.stringify(withBakedLayout(parsed.roadmap, layout));
  server = await serveElement();
  hostile = await serveHostile({ '/heavy.json': Buffer.from(HEAVY), '/unknown.json': Buffer.from(UNKNOWN) });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await hostile?.close();
});

async function open(path: string, expected: string[] = []): Promise<{ page: Page; watch: PageWatch; workers: () => number }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(COUNT_LARGE_PARSES);
  const watch = watchPage(page, expected);
  let workers = 0;
  page.on('worker', () => (workers += 1));
  await page.goto(`${server.url}/${path}`);
  return { page, watch, workers: () => workers };
}

async function finish(page: Page, watch: PageWatch): Promise<void> {
  await page.context().close();
  expect(watch.problems).toEqual([]);
}

interface Outcome {
  type: 'error' | 'ready';
  message?: string;
  errors?: { path: string; message: string }[];
}

/** Opens fixtures/src-from-query.html with one element loading `path` of the hostile server. */
async function openSrc(path: string, timeoutMs?: number): Promise<{ page: Page; watch: PageWatch; src: string; workers: () => number }> {
  const src = `${hostile.url}${path}`;
  const query = new URLSearchParams({ src, ...(timeoutMs ? { timeout: String(timeoutMs) } : {}) });
  // The hostile server's requests are cut off on purpose.
  const opened = await open(`src-from-query.html?${query}`, [hostile.url]);
  return { ...opened, src };
}

/** Waits for the element's `ready` or `error` event and returns it. */
async function outcome(page: Page): Promise<Outcome> {
  const handle = await page.waitForFunction(() => (window as unknown as { __outcome?: Outcome }).__outcome, null, { timeout: 60_000 });
  return (await handle.jsonValue()) as Outcome;
}

const longTasks = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
const largeParses = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __largeParses: number }).__largeParses);

/** Read in a worker, not on the page's main thread: a worker was started, and no large text parsed by the page. */
async function expectReadOffTheMainThread(page: Page, workers: number): Promise<void> {
  expect(workers).toBeGreaterThan(0);
  expect(await largeParses(page)).toBe(0);
  console.log(`long tasks while it loaded: ${JSON.stringify(await longTasks(page))} ms`);
}

/** Clicks the page's own button and waits until the page counted the click. */
async function pageAnswers(page: Page, clicks: number): Promise<void> {
  await page.locator('#page-button').click();
  await page.waitForFunction((count) => (window as unknown as { __clicks?: number }).__clicks === count, clicks);
}

describe('the error event', () => {
  it('is heard on the element and by a capturing document listener, never by window.onerror or a window listener', async () => {
    const { page, watch } = await open('window-errors.html', ['does-not-exist.roadmap.json', 'also-missing.roadmap.json']);
    await page.waitForFunction(() => (window as unknown as { __heard: { element: unknown[] } }).__heard.element.length === 2, null, { timeout: 20_000 });
    const heard = await page.evaluate(() => (window as unknown as { __heard: Record<string, unknown[]> }).__heard);
    // Both events were dispatched before the element listeners ran: the window's had their turn.
    expect(heard.onerror).toEqual([]);
    expect(heard.windowListener).toEqual([]);
    expect(heard.element).toEqual(
      expect.arrayContaining([
        { id: 'light', message: expect.stringMatching(/^The roadmap could not be shown: src: could not load .*does-not-exist\.roadmap\.json: the server answered HTTP 404/), paths: ['src'] },
        { id: 'in-shadow', message: expect.stringMatching(/also-missing\.roadmap\.json: the server answered HTTP 404/), paths: ['src'] },
      ]),
    );
    // Not composed: the element inside the widget's shadow root is heard inside that root only.
    expect(heard.documentCapture).toEqual(['light']);
    expect(heard.shadowRootCapture).toEqual(['in-shadow']);
    await finish(page, watch);
  });
});

describe('a src that is huge, stalled or not a roadmap', () => {
  it('stops a server that stalls after its headers, or never answers, at the deadline and says which it was', async () => {
    for (const [path, said] of [
      ['/stall-after-headers.json', /the server had sent 7 bytes and not the rest after 1\.5 s, so loading was stopped/],
      ['/stall-before-headers.json', /the server did not answer within 1\.5 s, so loading was stopped/],
    ] as const) {
      const { page, watch, src } = await openSrc(path, 1500);
      // Loading, and the page still answers the reader meanwhile.
      await page.locator('#map [role="status"]').filter({ hasText: 'Loading the roadmap' }).waitFor();
      await pageAnswers(page, 1);
      const result = await outcome(page);
      expect(result.errors).toEqual([{ path: 'src', message: expect.stringMatching(said) }]);
      expect(result.errors![0]!.message).toContain(src);
      await finish(page, watch);
    }
  });

  it('refuses a response that announces 200 MB without reading it', async () => {
    const { page, watch } = await openSrc('/declared-huge.json');
    const result = await outcome(page);
    expect(result.errors).toEqual([
      { path: 'src', message: expect.stringMatching(/: it is 200 MB, more than a roadmap file may be \(16 MB, limit maxFileBytes\)$/) },
    ]);
    await expect.poll(() => hostile.log('/declared-huge.json').cutOff).toBe(true);
    expect(hostile.log('/declared-huge.json').sent).toBeLessThan(LIMITS.maxFileBytes);
    await finish(page, watch);
  });

  it('stops reading a response without a length once it passes 16 MB', async () => {
    const { page, watch } = await openSrc('/endless.json');
    await pageAnswers(page, 1);
    const result = await outcome(page);
    expect(result.errors).toEqual([
      { path: 'src', message: expect.stringMatching(/: stopped reading past 16 MB, more than a roadmap file may be \(limit maxFileBytes\)$/) },
    ]);
    await expect.poll(() => hostile.log('/endless.json').cutOff).toBe(true);
    // What was sent is what the reader took, plus what the connection buffers hold.
    expect(hostile.log('/endless.json').sent).toBeLessThan(2 * LIMITS.maxFileBytes);
    expect(await largeParses(page)).toBe(0);
    await finish(page, watch);
  });

  it('names an HTML page (an app fallback route, or HTML sent as text) instead of reading it as a roadmap', async () => {
    for (const path of ['/spa/roadmap.json', '/sniffed-html.json']) {
      const { page, watch, src } = await openSrc(path);
      const result = await outcome(page);
      expect(result.errors).toEqual([{ path: 'src', message: expect.stringContaining(`the server sent an HTML page, not a roadmap (${src})`) }]);
      const box = await page.locator('#map [part="error"]').textContent();
      expect(box).toContain('the server sent an HTML page, not a roadmap');
      expect(box).not.toMatch(/is required|at least one section/);
      await finish(page, watch);
    }
  });
});

describe('large input stays off the main thread', () => {
  it('shows a valid roadmap of about 4 MB (baked layout) from src without parsing it on the page\'s main thread', async () => {
    expect(HEAVY.length).toBeGreaterThan(3.8 * 1024 * 1024);
    const { page, watch, workers } = await openSrc('/heavy.json');
    const result = await outcome(page);
    expect(result).toMatchObject({ type: 'ready' });
    await waitForMap(page, '#map');
    expect(await page.locator('#map .react-flow__node button[data-topic-id]').count()).toBeGreaterThan(0);
    await pageAnswers(page, 1);
    await expectReadOffTheMainThread(page, workers());
    await finish(page, watch);
  });

  it('reports a roadmap whose validation is slow (300 unknown prerequisites among 10,000 topics) in the worker, the page answering meanwhile', async () => {
    const { page, watch, workers } = await openSrc('/unknown.json', 60_000);
    await page.locator('#map [role="status"]').filter({ hasText: 'Loading the roadmap' }).waitFor();
    await pageAnswers(page, 1);
    const result = await outcome(page);
    expect(result.type).toBe('error');
    expect(result.errors!.some((error) => /unknown topic "missing-0"/.test(error.message))).toBe(true);
    await expectReadOffTheMainThread(page, workers());
    await finish(page, watch);
  });
});
