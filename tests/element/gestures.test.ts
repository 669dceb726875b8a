import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useElementSuite } from './support/useElementSuite.js';
import { waitForMap } from './support/shadow.js';
import { watchPage, type PageWatch } from './support/watchPage.js';

// Gestures over a map embedded in a page that scrolls (the blog post): cooperative, as maps on
// web pages are. The wheel and one finger scroll the page and a hint says how to move the map;
// Ctrl + wheel zooms it; two fingers move it. Touch comes through the DevTools protocol, which
// drives the browser's own gesture recognition, so page scrolling by touch is real.

const suite = useElementSuite();


interface Opened {
  page: Page;
  watch: PageWatch;
  cdp: CDPSession;
}

async function openPost(viewport: { width: number; height: number }, touch = false): Promise<Opened> {
  const context = await suite.browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${suite.server.url}/blog/`);
  await page.locator('#python-map').scrollIntoViewIfNeeded();
  await waitForMap(page, '#python-map');
  // The map's top at the top of the window: its middle is under the pointer and fingers below.
  await page.locator('#python-map').evaluate(
    (host) =>
      new Promise<void>((done) => {
        const target = Math.round(scrollY + host.getBoundingClientRect().top);
        if (Math.abs(scrollY - target) < 1) return done();
        addEventListener('scrollend', () => done(), { once: true });
        scrollTo(0, target);
      }),
  );
  return { page, watch, cdp: await context.newCDPSession(page) };
}

const transform = (page: Page) =>
  page.evaluate(() => (document.querySelector('#python-map')!.shadowRoot!.querySelector('.react-flow__viewport') as HTMLElement).style.transform);
const hint = (page: Page) =>
  page.evaluate(() => document.querySelector('#python-map')!.shadowRoot!.querySelector('.rg-gesture-hint')?.textContent ?? null);
/** Resolves with the page's scroll position once the scroll started by `gesture` has ended. */
async function scrollBy(page: Page, gesture: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __ended: Promise<number> }).__ended = new Promise((done) => addEventListener('scrollend', () => done(scrollY), { once: true }));
  });
  await gesture();
  return page.evaluate(() => (window as unknown as { __ended: Promise<number> }).__ended);
}

async function drag(cdp: CDPSession, fingers: { x: number; y: number }[], dy: number): Promise<void> {
  const at = (step: number) => fingers.map((finger, id) => ({ x: finger.x, y: finger.y + (dy * step) / 10, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function finish({ page, watch }: Opened): Promise<void> {
  await page.context().close();
  expect(watch.problems).toEqual([]);
}

describe('a map in a page that scrolls (cooperative gestures)', () => {
  it('a plain wheel over the map scrolls the page and shows how to move the map; Ctrl + wheel zooms the map', async () => {
    const opened = await openPost({ width: 1280, height: 800 });
    const { page } = opened;
    const before = await transform(page);
    const top = await page.evaluate(() => scrollY);
    await page.mouse.move(640, 400);
    const scrolled = await scrollBy(page, () => page.mouse.wheel(0, 300));
    expect(scrolled).toBeGreaterThan(top);
    expect(await transform(page)).toBe(before);
    expect(await hint(page)).toMatch(/Drag to move the map · (Ctrl|⌘) \+ scroll to zoom/);

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    const scale = (text: string) => Number(/scale\(([\d.]+)\)/.exec(text)?.[1]);
    await expect.poll(async () => scale(await transform(page))).toBeGreaterThan(scale(before));
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await finish(opened);
  });

  it('on a phone, one finger scrolls the page past the map (with the hint), two fingers move the map', async () => {
    const opened = await openPost({ width: 390, height: 844 }, true);
    const { page, cdp } = opened;
    const before = await transform(page);
    const top = await page.evaluate(() => scrollY);
    const scrolled = await scrollBy(page, () => drag(cdp, [{ x: 200, y: 600 }], -300));
    expect(scrolled).toBeGreaterThan(top + 100);
    expect(await transform(page)).toBe(before);
    expect(await hint(page)).toBe('Use two fingers to move the map');

    await drag(cdp, [{ x: 140, y: 600 }, { x: 260, y: 600 }], -200);
    const translateY = (text: string) => Number(/translate\([^,]+,\s*(-?[\d.]+)px\)/.exec(text)?.[1]);
    expect(translateY(await transform(page))).toBeLessThan(translateY(before) - 100);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await finish(opened);
  });
});
