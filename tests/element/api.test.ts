import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.js';
import { serveStatic, type StaticServer } from '../support/serveStatic.js';
import { assertElementBuilt, PATHS } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { panel, recordedEvents, topicButton, waitForMap } from './support/shadow.js';
import { watchPage, type PageWatch } from './support/watchPage.js';

// The element's programming surface as the README documents it: attributes that apply when
// they change, properties and methods, events; the ES module build; a Markdown file as `src`;
// and the worker found beside a script on another origin (blob: fallback) or refused by a CSP.

const shot = (name: string): string => `${PATHS.screenshots}/${name}.png`;
const isWorker = (url: string): boolean => /\/roadmap-graph\.(layout|read)-worker\.js$/.test(url);

interface MapElement extends HTMLElement {
  roadmap: { id: string } | undefined;
  layout: { direction: string } | undefined;
  progress: Record<string, string>;
  openTopic(id: string): boolean;
  closeTopic(): void;
  fit(): void;
}

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertElementBuilt();
  mkdirSync(PATHS.screenshots, { recursive: true });
  server = await serveElement();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Reduced motion: zoom and fit then jump instead of gliding, so each step can be checked where it ends.
async function open(url: string, expected: string[] = []): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const watch = watchPage(page, expected);
  await page.goto(url);
  return { page, watch };
}

async function finish(page: Page, watch: PageWatch): Promise<void> {
  await page.context().close();
  expect(watch.problems).toEqual([]);
}

const setAttribute = (page: Page, name: string, value: string | null) =>
  page.locator('#map').evaluate((element, change) => {
    if (change.value === null) element.removeAttribute(change.name);
    else element.setAttribute(change.name, change.value);
  }, { name, value });

describe('attributes', () => {
  it('apply when they change: theme, height, topic, search, outline, hash-links, progress, direction', async () => {
    const { page, watch } = await open(`${server.url}/api.html`);
    await waitForMap(page, '#map');
    const rootBackground = () => page.locator('#map').evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.rg-root')!).backgroundColor);
    expect(await rootBackground()).toBe('rgb(255, 255, 255)');
    await setAttribute(page, 'theme', 'dark');
    await expect.poll(rootBackground).toBe('rgb(13, 17, 23)');

    await setAttribute(page, 'height', '420');
    await expect.poll(() => page.locator('#map').evaluate((host) => host.getBoundingClientRect().height)).toBe(420);

    await setAttribute(page, 'topic', 'flask');
    await expect.poll(() => panel(page, '#map').locator('h2').textContent()).toBe('Flask');
    await setAttribute(page, 'topic', null);
    await expect.poll(() => panel(page, '#map').count()).toBe(0);

    await setAttribute(page, 'search', 'off');
    await expect.poll(() => page.locator('#map .rg-toolbar input[type="search"]').count()).toBe(0);
    await setAttribute(page, 'search', null);
    await expect.poll(() => page.locator('#map .rg-toolbar input[type="search"]').count()).toBe(1);

    await setAttribute(page, 'outline', 'open');
    await expect.poll(() => page.locator('#map .rg-outline').count()).toBe(1);
    await setAttribute(page, 'outline', 'off');
    await expect.poll(() => page.locator('#map .react-flow').count()).toBe(1);
    expect(await page.locator('#map').getByRole('button', { name: 'Outline' }).count()).toBe(0);
    await setAttribute(page, 'outline', null);

    await setAttribute(page, 'hash-links', '');
    await topicButton(page, '#map', 'python-syntax').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#topic=python-syntax');
    await page.locator('#map .rg-panel__close').click();

    await setAttribute(page, 'progress', 'my-own-key');
    await topicButton(page, '#map', 'oop').click();
    await panel(page, '#map').getByRole('button', { name: 'Skip' }).click();
    expect(await page.evaluate(() => localStorage.getItem('my-own-key'))).toBe(JSON.stringify({ oop: 'skipped' }));
    expect(await page.evaluate(() => localStorage.getItem('roadmap-graph:progress:python-backend'))).toBeNull();

    // Another direction than the baked layout's: laid out again, in the worker.
    expect(watch.requests.filter(isWorker)).toEqual([]);
    await setAttribute(page, 'direction', 'right');
    await expect.poll(() => page.locator('#map').evaluate((element) => (element as MapElement).layout?.direction), { timeout: 20_000 }).toBe('RIGHT');
    expect(watch.requests.filter(isWorker).length).toBe(1);
    await waitForMap(page, '#map');
    await page.locator('#map').screenshot({ path: shot('api-right-dark') });
    await finish(page, watch);
  });
});

describe('properties, methods and events', () => {
  it('reads and sets roadmap, layout and progress; opens, closes and fits; reports through events', async () => {
    const { page, watch } = await open(`${server.url}/api.html`);
    await waitForMap(page, '#map');
    const state = await page.locator('#map').evaluate((element) => {
      const map = element as MapElement;
      return { roadmap: map.roadmap?.id, direction: map.layout?.direction, progress: map.progress };
    });
    expect(state).toEqual({ roadmap: 'python-backend', direction: 'DOWN', progress: {} });

    expect(await page.locator('#map').evaluate((element) => (element as MapElement).openTopic('django-orm'))).toBe(true);
    await expect.poll(() => panel(page, '#map').locator('h2').textContent()).toBe('Django ORM');
    expect(await page.locator('#map').evaluate((element) => (element as MapElement).openTopic('no-such-topic'))).toBe(false);
    await page.locator('#map').evaluate((element) => (element as MapElement).closeTopic());
    await expect.poll(() => panel(page, '#map').count()).toBe(0);

    // Setting progress shows it at once and stores it.
    await page.locator('#map').evaluate((element) => {
      (element as MapElement).progress = { 'python-syntax': 'done', 'control-flow': 'in-progress', junk: 'nope' } as Record<string, string>;
    });
    await expect.poll(() => page.locator('#map .rg-toolbar__progress-text').textContent()).toBe('1 of 42 done');
    expect(await page.locator('#map').evaluate((element) => (element as MapElement).progress)).toEqual({
      'python-syntax': 'done',
      'control-flow': 'in-progress',
    });

    // fit(): after zooming in, the whole roadmap is brought back into view.
    const transform = () => page.locator('#map .react-flow__viewport').evaluate((viewport) => (viewport as HTMLElement).style.transform);
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await transform())?.[1]);
    const zoomIn = async (times: number) => {
      for (let i = 0; i < times; i++) {
        const before = await scale();
        await page.locator('#map').getByRole('button', { name: 'Zoom in' }).click();
        await expect.poll(scale).toBeGreaterThan(before);
      }
    };
    await zoomIn(2);
    const zoomed = await transform();
    expect(await scale()).toBeGreaterThan(1);
    await page.locator('#map').evaluate((element) => (element as MapElement).fit());
    await expect.poll(transform).not.toBe(zoomed);
    await expect.poll(scale).toBeLessThan(0.5);

    // The map's own fit button too, after the nodes changed again (React Flow's queued fitView
    // would not fit then): back to the same view as fit().
    const fitted = await scale();
    await page.locator('#map').evaluate((element) => {
      (element as MapElement).progress = { 'python-syntax': 'done' };
    });
    await zoomIn(2);
    expect(await scale()).toBeGreaterThan(fitted * 1.1);
    await page.locator('#map').getByRole('button', { name: 'Fit the whole roadmap' }).click();
    await expect.poll(scale).toBeCloseTo(fitted, 1);

    // The reader's actions, as events.
    await topicButton(page, '#map', 'http-methods').click();
    await panel(page, '#map').getByRole('button', { name: 'Done' }).click();
    await panel(page, '#map').getByRole('button', { name: 'Done' }).click();
    await page.locator('#map .rg-panel__close').click();
    const events = await recordedEvents(page);
    expect(events.filter((event) => event.type !== 'ready' || event.target === 'map')).toEqual([
      expect.objectContaining({ type: 'ready', target: 'map', roadmap: 'python-backend', bubbles: true, composed: true }),
      expect.objectContaining({ type: 'topic-select', id: 'django-orm', title: 'Django ORM' }),
      expect.objectContaining({ type: 'topic-select', id: null }),
      expect.objectContaining({ type: 'topic-select', id: 'http-methods', title: 'HTTP Methods' }),
      expect.objectContaining({ type: 'progress-change', id: 'http-methods', state: 'done' }),
      expect.objectContaining({ type: 'progress-change', id: 'http-methods', state: null }),
      expect.objectContaining({ type: 'topic-select', id: null }),
    ]);

    // A roadmap set as a property replaces the src.
    await page.evaluate(async () => {
      const tiny = await (await fetch('tiny.roadmap.json')).json();
      (document.querySelector('#map') as MapElement).roadmap = tiny;
    });
    await expect.poll(() => page.locator('#map').evaluate((element) => (element as MapElement).roadmap?.id)).toBe('tiny');
    await waitForMap(page, '#map');
    expect(await topicButton(page, '#map', 'gamma').count()).toBe(1);
    await finish(page, watch);
  });

  it('searches topics from the search box inside the shadow root', async () => {
    const { page, watch } = await open(`${server.url}/api.html`);
    await waitForMap(page, '#map');
    await page.locator('#map input[type="search"]').fill('django');
    await expect.poll(() => page.locator('#map .rg-toolbar__count').textContent()).toMatch(/^1 of \d+$/);
    await expect.poll(() => page.locator('#map .rg-topic--match, #map .rg-topic--active-match').count()).toBeGreaterThan(2);
    // Esc closes the list of matches, a second Esc clears the search.
    expect(await page.locator('#map [role="listbox"] [role="option"]').count()).toBeGreaterThan(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#map [role="listbox"]').isHidden()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#map input[type="search"]').inputValue()).toBe('');
    await finish(page, watch);
  });

  it('opens the topic of the `topic` attribute on load without scrolling the page to it', async () => {
    const { page, watch } = await open(`${server.url}/api.html`);
    await page.locator('#map').evaluate((element) => {
      element.remove();
      element.setAttribute('topic', 'rest-basics');
      document.body.append(element);
    });
    await waitForMap(page, '#map');
    await expect.poll(() => panel(page, '#map').locator('h2').textContent()).toBe('REST Fundamentals');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await finish(page, watch);
  });
});

describe('builds and worker location', () => {
  it('works as an ES module, with a Markdown file as src, finding the workers beside the module', async () => {
    const { page, watch } = await open(`${server.url}/esm.html`);
    await waitForMap(page, '#json');
    await page.locator('#markdown').scrollIntoViewIfNeeded();
    await waitForMap(page, '#markdown');
    expect(await topicButton(page, '#markdown', 'first-program').count()).toBe(1);
    expect(await page.locator('#markdown').evaluate((element) => (element as MapElement).layout?.direction)).toBe('RIGHT');
    // The JSON laid out; the Markdown read (in the read worker), then laid out.
    const workers = watch.requests.filter(isWorker);
    expect(workers.length).toBeGreaterThanOrEqual(3);
    expect(new Set(workers)).toEqual(new Set(['layout', 'read'].map((role) => `${server.url}/element/roadmap-graph.${role}-worker.js`)));
    await page.locator('#markdown').screenshot({ path: shot('esm-markdown-right') });
    await finish(page, watch);
  });

  describe('with the script on another origin', () => {
    let cdn: StaticServer;
    let site: StaticServer;
    let pages: string;

    beforeAll(async () => {
      // The "CDN": the element's files, readable by any site (CORS), on another port.
      cdn = await serveStatic({ '/element': PATHS.dist }, { headers: { 'access-control-allow-origin': '*' } });
      pages = mkdtempSync(join(tmpdir(), 'rg-element-origin-'));
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Cross-origin</title>
<script src="record-events.js"></script>
<script src="${cdn.url}/element/roadmap-graph.iife.js"></script></head>
<body><roadmap-graph id="map" src="tiny.roadmap.json" height="360"></roadmap-graph></body></html>`;
      // The same page at / (blob: workers allowed) and at /strict/ (refused).
      for (const folder of [pages, join(pages, 'strict')]) {
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'index.html'), html);
        for (const file of ['tiny.roadmap.json', 'record-events.js']) writeFileSync(join(folder, file), readFileSync(join(PATHS.fixtures, file)));
      }
      site = await serveStatic(pages, {
        // /strict/ forbids blob: workers; / allows them.
        headers: (path) => ({
          'content-security-policy': `default-src 'self' ${cdn.url}; img-src data:; worker-src ${path.startsWith('/strict') ? "'self'" : "'self' blob:"}`,
        }),
      });
    });

    afterAll(async () => {
      await site?.close();
      await cdn?.close();
      rmSync(pages, { recursive: true, force: true });
    });

    it('fetches the worker and starts it from a blob: URL', async () => {
      const { page, watch } = await open(`${site.url}/`);
      await waitForMap(page, '#map');
      expect(watch.requests.filter(isWorker)).toEqual([`${cdn.url}/element/roadmap-graph.layout-worker.js`]);
      expect(watch.requests.some((url) => url.startsWith('blob:'))).toBe(true);
      await finish(page, watch);
    });

    it('shows the error box when a CSP refuses blob: workers', async () => {
      const { page, watch } = await open(`${site.url}/strict/`, ['blob:', 'worker-src']);
      await expect.poll(() => page.locator('#map [part="error"]').count(), { timeout: 15_000 }).toBe(1);
      const text = await page.locator('#map [part="error"] li').textContent();
      expect(text).toMatch(/^layout: could not compute the layout: the layout worker \(http:.*roadmap-graph\.layout-worker\.js\) could not run/);
      expect(text).toMatch(/worker-src/);
      const errors = (await recordedEvents(page)).filter((event) => event.type === 'error');
      expect(errors.map((event) => event.paths)).toEqual([['layout']]);
      await page.locator('#map').screenshot({ path: shot('csp-blob-refused') });
      await finish(page, watch);
    });
  });
});
