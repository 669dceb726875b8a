import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bakedLayoutFor, buildGraph, layoutRoadmap, toBakedLayout, withBakedLayout, type Roadmap, type RoadmapLayout } from '@roadmap-graph/core';
import { createElkEngine } from '@roadmap-graph/core/elk-node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticRoadmap } from '../../packages/core/test/support/syntheticRoadmap.js';
import { launchBrowser } from '../support/launchBrowser.js';
import type { StaticServer } from '../support/serveStatic.js';
import { assertElementBuilt } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { topicButton, waitForMap } from './support/shadow.js';
import { watchPage } from './support/watchPage.js';

// A 2,000-topic roadmap in the element: only what is in view is mounted, and yet search, deep
// links and the keyboard reach every topic. Geometry, not timings: which topics are in the DOM
// against where the layout puts them and where the map looks.

const TOPICS = 2000;
let browser: Browser;
let server: StaticServer;
let dir: string;
let roadmap: Roadmap;
let layout: RoadmapLayout;
/** Topic ids in the map's Tab order (topological). */
let order: string[];

beforeAll(async () => {
  assertElementBuilt();
  roadmap = syntheticRoadmap(TOPICS, 1);
  const graph = buildGraph(roadmap);
  const wide = await layoutRoadmap(graph, { engine: createElkEngine(), widthClass: 'wide' });
  roadmap = withBakedLayout(roadmap, toBakedLayout(roadmap, [wide]));
  layout = bakedLayoutFor(roadmap, 'wide')!;
  order = graph.order.filter((id) => graph.nodes.get(id)!.kind !== 'section');
  dir = mkdtempSync(join(tmpdir(), 'rg-scale-'));
  writeFileSync(join(dir, 'large.roadmap.json'), JSON.stringify(roadmap));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Large map</title>
<script src="/element/roadmap-graph.iife.js"></script></head>
<body style="margin:0"><roadmap-graph id="map" src="/scale/large.roadmap.json" height="720" hash-links style="display:block;width:1200px"></roadmap-graph></body></html>`,
  );
  server = await serveElement({ extra: { '/scale': dir } });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(hash = ''): Promise<{ page: Page; done(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${server.url}/scale/index.html${hash}`);
  await waitForMap(page, '#map');
  return {
    page,
    async done() {
      await context.close();
      expect(watch.problems).toEqual([]);
    },
  };
}

/** The topics in the DOM, and the ones the layout puts fully inside the map's canvas as it looks now. */
async function mountedAndInView(page: Page): Promise<{ mounted: string[]; inView: string[] }> {
  const { mounted, canvas, transform } = await page.evaluate(() => {
    const root = document.querySelector('#map')!.shadowRoot!;
    const canvasBox = root.querySelector('.rg-map__canvas')!.getBoundingClientRect();
    const style = (root.querySelector('.react-flow__viewport') as HTMLElement).style.transform;
    const [x, y, zoom] = style.match(/-?[\d.]+/g)!.map(Number);
    return {
      mounted: [...root.querySelectorAll<HTMLElement>('.react-flow__node button[data-topic-id]')].map((b) => b.dataset.topicId!),
      canvas: { width: canvasBox.width, height: canvasBox.height },
      transform: { x: x!, y: y!, zoom: zoom! },
    };
  });
  const inView = layout.nodes
    .filter((box) => order.includes(box.id))
    .filter((box) => {
      const left = box.x * transform.zoom + transform.x;
      const top = box.y * transform.zoom + transform.y;
      return left >= 0 && top >= 0 && left + box.width * transform.zoom <= canvas.width && top + box.height * transform.zoom <= canvas.height;
    })
    .map((box) => box.id);
  return { mounted, inView };
}

const WAIT = { timeout: 20_000 };
/** The title the open topic's panel shows, `null` when no panel is open. */
const panelTitle = (page: Page) => page.evaluate(() => document.querySelector('#map')!.shadowRoot!.querySelector('.rg-panel h2')?.textContent ?? null);
/** The topic whose button has focus in the map. */
const focusedTopic = (page: Page) =>
  page.evaluate(() => (document.querySelector('#map')!.shadowRoot!.activeElement as HTMLElement | null)?.dataset?.topicId ?? null);
const expanded = (page: Page, id: string) => topicButton(page, '#map', id).getAttribute('aria-expanded', { timeout: 1000 }).catch(() => null);

/** Whether the topic's button is inside the map's canvas on screen. */
async function onScreen(page: Page, id: string): Promise<boolean> {
  const canvas = (await page.locator('#map .rg-map__canvas').boundingBox())!;
  const box = await topicButton(page, '#map', id).boundingBox();
  if (!box) return false;
  return box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height;
}

/** A topic far down the roadmap, not mounted at the start view, whose title no other topic has. */
function farTopic(mounted: readonly string[]): { id: string; title: string } {
  const titles = new Map<string, number>();
  const all: { id: string; title: string }[] = [];
  const walk = (topics: Roadmap['sections'][number]['topics']): void => {
    for (const topic of topics) {
      all.push(topic);
      titles.set(topic.title.toLowerCase(), (titles.get(topic.title.toLowerCase()) ?? 0) + 1);
      walk(topic.topics ?? []);
    }
  };
  for (const section of roadmap.sections) walk(section.topics);
  const far = all.slice(Math.floor(all.length * 0.8)).find((t) => titles.get(t.title.toLowerCase()) === 1 && t.title.length > 30 && !mounted.includes(t.id));
  if (!far) throw new Error('no far topic with a unique title');
  return far;
}

describe('the first map of a 2,000-topic roadmap', () => {
  it('is read in the read worker, never loads ELK, and draws what its canvas shows', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url().split('/').pop()!));
    // The interactive part is held back: what shows is the page script's first map.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/roadmap-graph.iife.interactive.js', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${server.url}/scale/index.html`);
    const first = page.locator('#map [data-first-map] button[data-topic-id]');
    await first.first().waitFor();
    // 266 KB of JSON: read and validated off the page, in the worker without ELK.
    expect(workers).toEqual(['roadmap-graph.read-worker.js']);
    const { drawn, canvas, transform } = await page.evaluate(() => {
      const root = document.querySelector('#map')!.shadowRoot!;
      const viewport = root.querySelector<HTMLElement>('[data-first-map] .rg-first-map__pane > div')!;
      return {
        drawn: [...root.querySelectorAll<HTMLElement>('[data-first-map] button[data-topic-id]')].map((button) => button.dataset.topicId!),
        canvas: root.querySelector('[data-first-map] .rg-map__canvas')!.getBoundingClientRect().toJSON() as DOMRect,
        transform: viewport.style.transform.match(/-?[\d.]+/g)!.map(Number),
      };
    });
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(TOPICS / 4);
    // Each drawn topic reaches into the canvas (or the thin margin around it), or belongs to a
    // topic or section that does: a box is drawn with all it holds, which sizes its header.
    const [x, y, zoom] = transform as [number, number, number];
    const MARGIN = 60;
    const near = (id: string | null): boolean => {
      const box = layout.nodes.find((node) => node.id === id);
      if (!box) return false;
      const left = canvas.left + x + box.x * zoom;
      const top = canvas.top + y + box.y * zoom;
      return left < canvas.right + MARGIN && left + box.width * zoom > canvas.left - MARGIN && top < canvas.bottom + MARGIN && top + box.height * zoom > canvas.top - MARGIN;
    };
    const graph = buildGraph(roadmap);
    const far = drawn.filter((id) => !near(id) && !near(graph.nodes.get(id)!.parent));
    expect(far).toEqual([]);
    release();
    await waitForMap(page, '#map');
    await expect.poll(() => page.locator('#map [data-first-map]').count(), WAIT).toBe(0);
    // Laid out already: the interactive map starts no layout worker either.
    expect(workers).toEqual(['roadmap-graph.read-worker.js']);
    await context.close();
    expect(watch.problems).toEqual([]);
  });
});

describe('a 2,000-topic map mounts what is in view, and reaches every topic', () => {
  it('mounts under a quarter of the topics at the start view, every one in view among them', async () => {
    const { page, done } = await open();
    const { mounted, inView } = await mountedAndInView(page);
    expect(inView.length).toBeGreaterThan(10);
    expect(mounted).toEqual(expect.arrayContaining(inView));
    expect(mounted.length).toBeLessThan(TOPICS / 4);
    await done();
  });

  it('brings new topics in as the map is dragged', async () => {
    const { page, done } = await open();
    const before = (await mountedAndInView(page)).mounted;
    const canvas = (await page.locator('#map .rg-map__canvas').boundingBox())!;
    const start = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    // Drag up twice by most of the map's height: what was below comes into view.
    for (let i = 0; i < 2; i++) {
      await page.mouse.move(start.x, start.y + 250);
      await page.mouse.down();
      for (let step = 1; step <= 10; step++) await page.mouse.move(start.x, start.y + 250 - step * 55);
      await page.mouse.up();
    }
    await expect
      .poll(async () => {
        const { mounted, inView } = await mountedAndInView(page);
        const fresh = inView.filter((id) => !before.includes(id));
        return fresh.length > 5 && inView.every((id) => mounted.includes(id));
      }, WAIT)
      .toBe(true);
    await done();
  });

  it('search reaches a topic that was not mounted: mounted, in view, and opened with Enter', async () => {
    const { page, done } = await open();
    const far = farTopic((await mountedAndInView(page)).mounted);
    expect(await topicButton(page, '#map', far.id).count()).toBe(0);
    const search = page.getByRole('combobox', { name: /search/i });
    await search.fill(far.title);
    await expect.poll(() => onScreen(page, far.id), WAIT).toBe(true);
    await search.press('Enter');
    await expect.poll(() => panelTitle(page), WAIT).toBe(far.title);
    await expect.poll(() => expanded(page, far.id), WAIT).toBe('true');
    await expect.poll(() => onScreen(page, far.id), WAIT).toBe(true);
    await done();
  });

  it('#topic= a topic that is not mounted at the start opens it, mounted and in view', async () => {
    const { page: probe, done: closeProbe } = await open();
    const far = farTopic((await mountedAndInView(probe)).mounted);
    await closeProbe();
    const { page, done } = await open(`#topic=${encodeURIComponent(far.id)}`);
    await expect.poll(() => panelTitle(page), WAIT).toBe(far.title);
    await expect.poll(() => expanded(page, far.id), WAIT).toBe('true');
    await expect.poll(() => onScreen(page, far.id), WAIT).toBe(true);
    await done();
  });

  it('Tab goes on in learning order past the mounted topics, mounting each one it reaches', async () => {
    const { page, done } = await open();
    const { mounted } = await mountedAndInView(page);
    // The last mounted topic in Tab order: the next one is not mounted.
    const last = order.filter((id) => mounted.includes(id)).at(-1)!;
    const next = order[order.indexOf(last) + 1]!;
    expect(mounted).not.toContain(next);
    await topicButton(page, '#map', last).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedTopic(page), WAIT).toBe(next);
    await expect.poll(() => onScreen(page, next), WAIT).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedTopic(page), WAIT).toBe(last);
    await done();
  });

  it('zoomed out, draws labelled section blocks and no topics, and Tab still enters the map at a topic', async () => {
    const { page, done } = await open();
    await page.locator('#map').getByRole('button', { name: /fit/i }).click();
    const blocks = page.locator('#map .rg-section__block');
    await expect.poll(() => blocks.count(), WAIT).toBeGreaterThan(5);
    const titles = await page.locator('#map .rg-section__block .rg-section__title').allTextContents();
    expect(roadmap.sections.map((section) => section.title)).toEqual(expect.arrayContaining(titles));
    // The section's label is drawn at a readable size on screen, whatever the zoom.
    const titleHeight = (await blocks.first().locator('.rg-section__title').boundingBox())!.height;
    expect(titleHeight).toBeGreaterThan(12);
    await expect.poll(() => page.locator('#map .react-flow__node:not(.rg-node--pinned) button[data-topic-id]').count(), WAIT).toBe(0);
    // Tab from the first stop of the element, through the toolbar, into the map: it lands on a topic.
    await page.locator('#map').getByRole('button', { name: /skip past/i }).focus();
    let focused: string | null = null;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await focusedTopic(page);
    }
    expect(focused).not.toBeNull();
    await expect.poll(() => onScreen(page, focused!), WAIT).toBe(true);
    // Focus zoomed the map in to read the topic: topics are drawn again, not just the focused one.
    await expect.poll(() => page.locator('#map .rg-node--pinned').count(), WAIT).toBe(0);
    await expect.poll(() => page.locator('#map .rg-section__block').count(), WAIT).toBe(0);
    await done();
  });
});
