import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Topic } from '@roadmap-graph/core';
import type { Page } from 'playwright-core';
import { pythonRoadmap } from './support/pythonRoadmap.js';
import { serveStatic } from '../support/serveStatic.js';
import { startReactApp, TOPIC, waitForMapShown, type ReactApp } from './support/reactApp.js';

// The fixture app (tests/fixtures/react-app: a Vite + React page importing the built
// @roadmap-graph/react like any user) in Chromium: what a reader does with the map, by mouse,
// keyboard and wheel, and what survives a reload. Every page must stay free of console errors,
// failed requests and requests that leave 127.0.0.1.
const OUT = new URL('../../test-output/react-app/', import.meta.url).pathname;
const { roadmap, graph, topicIds } = pythonRoadmap();
const STORAGE_KEY = `roadmap-graph:progress:${roadmap.id}`;

let app: ReactApp;

beforeAll(async () => {
  app = await startReactApp(OUT, 'react app tests');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const topic = (page: Page, id: string) => page.locator(`${TOPIC}[data-topic-id="${id}"]`);
const panel = (page: Page) => page.locator('section.rg-panel');
const focusedTopic = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.topicId ?? null);
const focusInPanel = (page: Page) => page.evaluate(() => document.activeElement?.closest('section.rg-panel') !== null);
const viewportTransform = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
/**
 * Turns the mouse wheel where the pointer is and resolves with the page's scroll position once the
 * (smooth) scroll it started has come to rest: the `scrollend` event, not a guess of its length.
 */
async function wheelAndSettle(page: Page, deltaY: number): Promise<number> {
  await page.evaluate(() => {
    const scrolled = window as unknown as { __scrollEnd?: Promise<number> };
    scrolled.__scrollEnd = new Promise((done) => addEventListener('scrollend', () => done(scrollY), { once: true }));
  });
  await page.mouse.wheel(0, deltaY);
  return page.evaluate(() => (window as unknown as { __scrollEnd: Promise<number> }).__scrollEnd);
}
const centre = (page: Page, id: string) =>
  topic(page, id).evaluate((button) => {
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });

describe('RoadmapGraph in a Vite + React app (Chromium)', () => {
  it('shows every topic of the Python roadmap as a button named after it', async () => {
    const { page, problems } = await app.open();
    const labels = await page.locator(TOPIC).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    expect(labels).toHaveLength(topicIds.length);
    expect(labels.find((label) => label.startsWith('Flask,'))).toMatch(/^Flask, intermediate\b/);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('opens at its start view: the first frame that shows topics already has the viewport they stay at', async () => {
    // Records the viewport transform of the first frame in which a topic is visible. A map that
    // first shows at another zoom and then jumps makes early clicks land on the wrong thing.
    const { page, problems } = await app.open('', {
      before: (page) =>
        void page.addInitScript(`
          requestAnimationFrame(function frame() {
            const button = document.querySelector(${JSON.stringify(TOPIC)});
            const viewport = document.querySelector('.react-flow__viewport');
            if (button && viewport && button.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
              window.__firstShown = viewport.style.transform;
            } else requestAnimationFrame(frame);
          });`),
    });
    const first = await page.evaluate(() => (window as unknown as { __firstShown?: string }).__firstShown);
    expect(first).toBeDefined();
    expect(await viewportTransform(page)).toBe(first);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a click on a topic opens its panel with its title and every resource as a link that opens safely in a new tab', async () => {
    const { page, problems } = await app.open();
    const webServers = graph.nodes.get('web-servers')!;
    const resources = (webServers.data as Topic).resources ?? [];
    expect(resources.length).toBeGreaterThan(2);
    await topic(page, 'web-servers').click();
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).textContent()).toBe(webServers.title);
    const links = await panel(page)
      .locator('a[href]')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim(), target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
      );
    for (const resource of resources) {
      const link = links.find((l) => l.href === resource.url);
      expect(link, resource.url).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
      // The title, then (for screen readers) that it opens in a new tab.
      expect(link?.text?.startsWith(resource.title), `${link?.text}`).toBe(true);
    }
    // Links in the description too: whatever leaves the page opens in a new tab without an opener.
    for (const link of links.filter((l) => /^https?:/.test(l.href ?? ''))) {
      expect(link, link.href ?? '').toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    }
    expect(await topic(page, 'web-servers').getAttribute('aria-expanded')).toBe('true');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('keyboard only: Tab reaches the first topic, arrows move between topics, Enter opens the panel, Esc closes it and focus goes back', async () => {
    const { page, problems } = await app.open();
    // From the start of the page, past the toolbar, to the first topic of the learning order.
    let presses = 0;
    while ((await focusedTopic(page)) === null && presses < 15) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusedTopic(page), `after ${presses} Tab presses`).toBe(topicIds[0]);

    // Arrows move to the neighbouring topic in that direction.
    const first = topicIds[0]!;
    await page.keyboard.press('ArrowRight');
    const right = await focusedTopic(page);
    expect(right).not.toBeNull();
    expect(right).not.toBe(first);
    expect((await centre(page, right!)).x).toBeGreaterThan((await centre(page, first)).x);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTopic(page)).toBe(first);
    await page.keyboard.press('ArrowDown');
    const below = await focusedTopic(page);
    expect(below).not.toBeNull();
    expect((await centre(page, below!)).y).toBeGreaterThan((await centre(page, first)).y);
    // Arrow keys never scroll the host page while a topic has focus.
    expect(await page.evaluate(() => scrollY)).toBe(0);

    // Enter opens the focused topic; focus moves into the panel.
    await page.keyboard.press('Enter');
    const title = graph.nodes.get(below!)!.title;
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).textContent()).toBe(title);
    expect(await focusInPanel(page)).toBe(true);
    // Tab keeps working inside the panel.
    await page.keyboard.press('Tab');
    expect(await focusInPanel(page)).toBe(true);

    // Esc closes it and focus returns to the topic it was opened from.
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(await focusedTopic(page)).toBe(below);

    // Space opens it too.
    await page.keyboard.press('Space');
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).textContent()).toBe(title);
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(await focusedTopic(page)).toBe(below);
    await page.close();
    expect(problems).toEqual([]);
  });

  // The browser scrolls the map's clipped box to reveal a topic that gets focus or is aimed at
  // (Tab, find in page, a screen reader, scrollIntoView). React Flow used to undo that scroll on
  // the next frame, so the topic jumped back out of view: on a slow CPU a click aimed at it
  // after the scroll hit the empty pane, forever.
  it('on a slow CPU, a far topic scrolled into view right after load stays in view: a click opens it, Tab shows it', async () => {
    const { page, problems } = await app.open('', {
      waitFor: null,
      before: (page) => void page.context().newCDPSession(page).then((cdp) => cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })),
    });
    const docker = topic(page, 'docker');
    await docker.waitFor();
    const map = (await page.locator('.rg-map').boundingBox())!;
    const inMap = async (id: string) => {
      const box = (await topic(page, id).boundingBox())!;
      return box.y >= map.y && box.y + box.height <= map.y + map.height && box.x >= map.x && box.x + box.width <= map.x + map.width;
    };
    expect(await inMap('docker')).toBe(false);
    // What find-in-page or a screen reader does; the map's `scroll` handlers run before the
    // second frame is drawn.
    await docker.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
    expect(await inMap('docker')).toBe(true);
    // Playwright scrolls into view too, then clicks where the topic is: that must be the topic.
    await docker.click({ timeout: 15_000 });
    await page.getByRole('region', { name: graph.nodes.get('docker')!.title }).waitFor();
    expect(await inMap('docker')).toBe(true);
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });

    // Keyboard focus moving to a far topic (the last in learning order) scrolls it into view too.
    const last = topicIds.at(-1)!;
    expect(await inMap(last)).toBe(false);
    await topic(page, topicIds.at(-2)!).focus();
    await page.keyboard.press('Tab');
    expect(await focusedTopic(page)).toBe(last);
    await expect.poll(() => inMap(last)).toBe(true);
    // It stays there: nothing scrolled the map's boxes back (nor the host page).
    expect(await page.locator('.rg-map, .rg-map *').evaluateAll((boxes) => boxes.filter((b) => b.scrollTop || b.scrollLeft).length)).toBe(0);
    expect(await inMap(last)).toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('Tab visits every topic once, in the topological order of the prerequisites', async () => {
    const { page, problems } = await app.open();
    await topic(page, topicIds[0]!).focus();
    const visited = [await focusedTopic(page)];
    for (let i = 1; i < topicIds.length; i++) {
      await page.keyboard.press('Tab');
      visited.push(await focusedTopic(page));
    }
    expect(visited).toEqual(topicIds);
    // After the last topic Tab leaves the topics for the map's controls.
    await page.keyboard.press('Tab');
    expect(await focusedTopic(page)).toBeNull();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a wheel over the map scrolls the page and leaves the zoom alone; Ctrl+wheel zooms the map and not the page', async () => {
    const { page, problems } = await app.open();
    const before = await viewportTransform(page);
    const box = (await page.locator('.rg-map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const scrolled = await wheelAndSettle(page, 300);
    expect(scrolled).toBeGreaterThan(0);
    expect(await viewportTransform(page)).toBe(before);

    const scale = (transform: string) => Number(transform.match(/scale\(([\d.]+)\)/)?.[1]);
    // The page moved under the pointer: point at the map again.
    const moved = (await page.locator('.rg-map').boundingBox())!;
    const top = Math.max(moved.y, 0);
    await page.mouse.move(moved.x + moved.width / 2, (top + moved.y + moved.height) / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(async () => scale(await viewportTransform(page))).toBeGreaterThan(scale(before));
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('#topic=flask opens Flask, the hash follows the open topic, and progress marked in the panel survives a reload', async () => {
    const { page, problems } = await app.open('#topic=flask');
    const flaskPanel = page.getByRole('region', { name: 'Flask' });
    await flaskPanel.waitFor();
    expect(await flaskPanel.getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('false');
    await flaskPanel.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => flaskPanel.getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('true');
    expect((await topic(page, 'flask').getAttribute('aria-label'))?.split(', ')).toContain('done');
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}')).toMatchObject({ flask: 'done' });

    await page.reload();
    await flaskPanel.waitFor();
    expect(await flaskPanel.getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('true');
    expect((await topic(page, 'flask').getAttribute('aria-label'))?.split(', ')).toContain('done');

    // The hash follows the open topic, and goes when the panel closes.
    await topic(page, 'docker').click();
    await page.getByRole('region', { name: graph.nodes.get('docker')!.title }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#topic=docker');
    // The click scrolled the page to reach Docker; closing the panel leaves the page where it is.
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => location.hash)).not.toContain('topic=');
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('"Share progress" gives a link that shows the progress read-only elsewhere; "Back to my progress" shows the own', async () => {
    const { page, problems } = await app.open('');
    await page.getByRole('button', { name: 'Mark Syntax, Types and Operators as done' }).click();
    await expect.poll(async () => (await topic(page, 'python-syntax').getAttribute('aria-label'))?.split(', ')).toContain('done');
    // A browser that refuses the clipboard: the link is shown to copy by hand.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } }));
    await page.getByRole('button', { name: 'Share progress' }).click();
    const link = new URL(await page.getByRole('textbox', { name: 'Link to your progress' }).inputValue());
    expect(link.hash).toMatch(/^#progress=/);
    await page.close();

    // Another reader, with no progress of their own.
    const other = await app.open(link.hash);
    const banner = other.page.getByRole('status').filter({ hasText: 'progress someone shared' });
    expect(await banner.textContent()).toContain('1 of 42 topics done');
    expect((await topic(other.page, 'python-syntax').getAttribute('aria-label'))?.split(', ')).toContain('done');
    // Read-only: no checks to press, no Done button, no reset or import.
    expect(await other.page.getByRole('button', { name: /^Mark .* as done$/ }).count()).toBe(0);
    expect(await other.page.getByRole('button', { name: 'Reset progress' }).count()).toBe(0);
    await topic(other.page, 'python-syntax').click();
    await panel(other.page).waitFor();
    expect(await panel(other.page).getByRole('button', { name: 'Done' }).count()).toBe(0);

    await other.page.getByRole('button', { name: 'Back to my progress' }).click();
    await expect.poll(async () => (await topic(other.page, 'python-syntax').getAttribute('aria-label'))?.split(', ')).not.toContain('done');
    expect(await other.page.evaluate(() => location.hash)).not.toContain('progress=');
    await other.page.close();
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
  });

  it('theme="auto" follows the page\'s own theme toggle on <html>, live, over the system setting', async () => {
    // The fixture page sets <html data-theme="light"> for theme=auto, as a site's toggle would.
    const { page, problems } = await app.open('?theme=auto');
    const root = page.locator('.rg-root').first();
    const background = () => root.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await root.getAttribute('data-theme')).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect.poll(() => root.getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBe('rgb(13, 17, 23)');
    // Without the attribute, the page's style sheet still says `color-scheme: light`.
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    await expect.poll(() => root.getAttribute('data-theme')).toBe('light');
    // A page that supports both leaves it to the system setting (dark here), through CSS.
    await page.evaluate(() => (document.documentElement.style.colorScheme = 'light dark'));
    await expect.poll(() => root.getAttribute('data-theme')).toBe('auto');
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('without a baked layout, ELK lays the roadmap out in a Web Worker and the map works', async () => {
    const workers: string[] = [];
    const { page, problems } = await app.open('?layout=runtime', {
      waitFor: null,
      before: (page) => page.on('worker', (worker) => workers.push(worker.url())),
    });
    await page.waitForSelector(TOPIC, { state: 'visible', timeout: 30_000 });
    expect(await page.locator(TOPIC).count()).toBe(topicIds.length);
    await waitForMapShown(page);
    expect(workers.some((url) => /layoutWorker[^/]*\.js$/.test(url)), workers.join(', ')).toBe(true);
    // ELK is in the worker's chunk only: the page's own script never carries it.
    const scripts = await page.locator('script[src]').evaluateAll((tags) => tags.map((tag) => (tag as HTMLScriptElement).src));
    for (const src of scripts) {
      expect(await page.evaluate(async (url) => (await (await fetch(url)).text()).includes('org.eclipse.elk'), src), src).toBe(false);
    }
    await topic(page, 'docker').click();
    await page.getByRole('region', { name: graph.nodes.get('docker')!.title }).waitFor();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the 1,000-topic roadmap with its baked layout shows its map, and every topic in its outline, with no layout worker', async () => {
    const workers: string[] = [];
    const { page, problems } = await app.open('?roadmap=synthetic1000', {
      before: (page) => page.on('worker', (worker) => workers.push(worker.url())),
    });
    // The map mounts the topics in view (tests/element/scale.test.ts checks which), not all 1,000.
    await expect.poll(() => page.locator(TOPIC).count()).toBeGreaterThan(10);
    expect(await page.locator(TOPIC).count()).toBeLessThan(1000);
    // A fresh baked layout is drawn as it is: ELK never starts.
    expect(workers).toEqual([]);
    // The outline lists every topic.
    await page.getByRole('button', { name: 'Outline' }).first().click();
    await expect.poll(() => page.locator('.rg-outline__topic').count()).toBe(1000);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("runs under a strict Content-Security-Policy (script-src 'self'): validation never probes eval, no violation is reported", async () => {
    const strict = await serveStatic(OUT, { headers: { 'content-security-policy': "script-src 'self'" } });
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
      page.on('pageerror', (error) => errors.push(error.message));
      // Init scripts run before the page's own and are not subject to its policy.
      await page.addInitScript(() => {
        const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
      });
      await page.goto(`${strict.url}/`);
      await waitForMapShown(page);
      // Open a topic: the panel's links go through the same core checks.
      await topic(page, 'web-servers').click();
      await page.getByRole('region', { name: graph.nodes.get('web-servers')!.title }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await strict.close();
    }
  });
});
