import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.js';
import type { StaticServer } from '../support/serveStatic.js';
import { assertElementBuilt, PATHS } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { panel, topicButton, waitForMap } from './support/shadow.js';
import { watchPage, type PageWatch } from './support/watchPage.js';

// The blog post of apps/blog as a reader meets it, served under a strict Content-Security-
// Policy (no inline script or style, no eval, workers from the site only): the Python map from
// its baked layout, the Markdown outline laid out in the worker, the post's topic-select script.

const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
const shot = (name: string): string => `${PATHS.screenshots}/${name}.png`;
const isWorker = (url: string): boolean => /\/roadmap-graph\.(layout|read)-worker\.js$/.test(url);

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertElementBuilt();
  mkdirSync(PATHS.screenshots, { recursive: true });
  server = await serveElement({ headers: { 'content-security-policy': CSP } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the post in a fresh context (own storage) and records problems and CSP violations. */
// Reduced motion: a pan to an opened topic jumps, so each screenshot shows where it ends.
async function openPost(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // Init scripts are not subject to the page's CSP; this one only listens.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const watch = watchPage(page);
  await page.goto(`${server.url}/blog/`);
  return { page, watch };
}

async function finish(page: Page, watch: PageWatch): Promise<void> {
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  await page.context().close();
  expect(violations).toEqual([]);
  expect(watch.problems).toEqual([]);
}

describe('the blog post', () => {
  it('loads without console errors and shows the Python map from its baked layout, never loading the worker for it', async () => {
    const { page, watch } = await openPost();
    await page.waitForLoadState('load');
    // The Markdown map is far down the page: until the reader gets near, it is only a
    // placeholder of its final height, and nothing of it is loaded.
    const sprint = await page.locator('#sprint-map').evaluate((host) => ({
      placeholder: host.shadowRoot?.querySelector('.rg-element__placeholder') !== null,
      height: host.getBoundingClientRect().height,
    }));
    expect(sprint).toEqual({ placeholder: true, height: 460 });
    await page.screenshot({ path: shot('blog-top') });

    await page.locator('#python-map').scrollIntoViewIfNeeded();
    await waitForMap(page, '#python-map');
    expect(await page.locator('#python-map .rg-toolbar__progress-text').textContent()).toBe('0 of 42 done');
    expect(await page.locator('#python-map .react-flow__node button[data-topic-id]').count()).toBeGreaterThan(40);
    // height="auto" (the default): the whole roadmap is in the element, so the page's own scroll
    // reaches every topic and nothing is cut off.
    const outside = await page.locator('#python-map').evaluate((host) => {
      const frame = host.getBoundingClientRect();
      return [...host.shadowRoot!.querySelectorAll('button[data-topic-id]')]
        .filter((button) => {
          const box = button.getBoundingClientRect();
          return box.top < frame.top || box.bottom > frame.bottom || box.left < frame.left || box.right > frame.right;
        })
        .map((button) => (button as HTMLElement).dataset.topicId);
    });
    expect(outside).toEqual([]);
    await page.locator('#python-map').screenshot({ path: shot('blog-python-map') });
    expect(watch.requests.filter(isWorker)).toEqual([]);
    await finish(page, watch);
  });

  it('opens a topic with its resources on click, and the post names it', async () => {
    const { page, watch } = await openPost();
    await page.locator('#python-map').scrollIntoViewIfNeeded();
    await waitForMap(page, '#python-map');
    await topicButton(page, '#python-map', 'flask-basics').click();
    const flask = panel(page, '#python-map');
    await expect.poll(() => flask.locator('h2').textContent()).toBe('Flask as a Microframework');
    const links = flask.locator('a[href^="https://"]');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('target')).toBe('_blank');
    await expect.poll(() => page.locator('#reading-now').textContent()).toBe('You opened: Flask as a Microframework');
    await page.locator('#python-map').screenshot({ path: shot('blog-panel') });
    // The post's column is narrower than 1,000 px: the panel is a sheet over the map, with a way back.
    await flask.getByRole('button', { name: 'Back to the map' }).click();
    await expect.poll(() => page.locator('#reading-now').textContent()).toBe('Open a topic on the map and it will show up here.');
    await finish(page, watch);
  });

  it('is usable with the keyboard inside the shadow root', async () => {
    const { page, watch } = await openPost();
    await page.locator('#python-map').scrollIntoViewIfNeeded();
    await waitForMap(page, '#python-map');
    const focused = () =>
      page.evaluate(() => {
        const host = document.querySelector('#python-map')!;
        const inner = host.shadowRoot!.activeElement as HTMLElement | null;
        return {
          host: document.activeElement === host,
          tag: inner?.localName ?? null,
          topic: inner?.dataset.topicId ?? null,
          text: inner?.textContent ?? null,
        };
      });

    // Tab from the page's last link before the map lands on the way past it, then in the search box.
    await page.locator('.site-header nav a').last().focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ host: true, tag: 'button', text: 'Skip past the roadmap' });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ host: true, tag: 'input' });
    // The skip button: one Enter, and the next Tab leaves the map (which has 42 topics and more).
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ host: true, text: 'End of the roadmap Python Backend Developer' });
    await page.keyboard.press('Tab');
    expect((await focused()).host).toBe(false);

    // Topics: arrow keys move between them, Enter opens, Esc closes and gives focus back.
    await topicButton(page, '#python-map', 'python-syntax').focus();
    await page.keyboard.press('ArrowRight');
    const moved = await focused();
    expect(moved.host).toBe(true);
    expect(moved.topic).not.toBeNull();
    expect(moved.topic).not.toBe('python-syntax');
    await page.keyboard.press('Enter');
    const heading = panel(page, '#python-map').locator('h2');
    await expect.poll(async () => (await focused()).tag).toBe('h2');
    expect(await heading.textContent()).toBe((await focused()).text);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page, '#python-map').count()).toBe(0);
    expect((await focused()).topic).toBe(moved.topic);
    await finish(page, watch);
  });

  it('keeps the progress a reader marked after a reload', async () => {
    const { page, watch } = await openPost();
    await page.locator('#python-map').scrollIntoViewIfNeeded();
    await waitForMap(page, '#python-map');
    await topicButton(page, '#python-map', 'python-syntax').click();
    await panel(page, '#python-map').getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.locator('#python-map .rg-toolbar__progress-text').textContent()).toBe('1 of 42 done');

    await page.reload();
    await page.locator('#python-map').scrollIntoViewIfNeeded();
    await waitForMap(page, '#python-map');
    expect(await page.locator('#python-map .rg-toolbar__progress-text').textContent()).toBe('1 of 42 done');
    expect(await topicButton(page, '#python-map', 'python-syntax').getAttribute('aria-label')).toMatch(/, done/);
    await finish(page, watch);
  });

  it('turns the inline Markdown outline into a map laid out in the worker', async () => {
    const { page, watch } = await openPost();
    await page.locator('#sprint-map').scrollIntoViewIfNeeded();
    await waitForMap(page, '#sprint-map');
    const topics = await page.locator('#sprint-map .react-flow__node button[data-topic-id]').evaluateAll((buttons) =>
      buttons.map((button) => (button as HTMLElement).dataset.topicId),
    );
    expect(topics).toEqual(expect.arrayContaining(['sprint-syntax', 'sprint-flask', 'sprint-database', 'sprint-docker']));
    // search="off": no search box; progress="off": nothing stored for it.
    expect(await page.locator('#sprint-map input[type="search"]').count()).toBe(0);
    await topicButton(page, '#sprint-map', 'sprint-flask').click();
    await panel(page, '#sprint-map').getByRole('button', { name: 'Done' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('python-sprint')))).toEqual([]);
    // The workers were loaded from beside the script: the read worker for the Markdown, the layout worker to lay it out.
    expect(new Set(watch.requests.filter(isWorker))).toEqual(new Set(['read', 'layout'].map((role) => `${server.url}/element/roadmap-graph.${role}-worker.js`)));
    await page.locator('#sprint-map').screenshot({ path: shot('blog-markdown-map') });
    await page.screenshot({ path: shot('blog-full'), fullPage: true });
    await finish(page, watch);
  });

  it('fits a phone screen', async () => {
    const { page, watch } = await openPost({ width: 390, height: 800 });
    await page.locator('#python-map').scrollIntoViewIfNeeded();
    await waitForMap(page, '#python-map');
    await topicButton(page, '#python-map', 'python-syntax').click();
    expect(await panel(page, '#python-map').getAttribute('class')).toContain('rg-panel--sheet');
    await page.screenshot({ path: shot('blog-phone') });
    await finish(page, watch);
  });
});
