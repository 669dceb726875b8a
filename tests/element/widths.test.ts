import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inside, mapGeometry, topicsUnderControls } from '../support/mapGeometry.js';
import { PATHS } from './support/elementPaths.js';
import { useElementSuite } from './support/useElementSuite.js';
import { panel, topicButton, waitForMap } from './support/shadow.js';
import { watchPage, type PageWatch } from './support/watchPage.js';

// <roadmap-graph> in the spaces a blogger gives it: a 720 px article column (height="auto",
// the default), a phone, and a window that is resized. It draws the layout made for its
// width and reads at 12 px or more, with no sideways scrolling. Reduced motion, so geometry can
// be read as soon as a pan is asked for.

const suite = useElementSuite();
const shot = (name: string): string => `${PATHS.screenshots}/${name}.png`;


async function open(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; watch: PageWatch }> {
  const context = await suite.browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${suite.server.url}/${path}`);
  await page.locator('#map').scrollIntoViewIfNeeded();
  await waitForMap(page, '#map');
  return { page, watch };
}

async function finish(page: Page, watch: PageWatch): Promise<void> {
  await page.context().close();
  expect(watch.problems).toEqual([]);
}

const widthClass = (page: Page) => page.locator('#map .rg-root').getAttribute('data-width-class');
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > innerWidth);

describe('a map as wide as an article column, as tall as the roadmap', () => {
  for (const [name, viewport, expected] of [
    ['a 720 px column', { width: 1000, height: 900 }, 'column'],
    ['a phone, 390 px', { width: 390, height: 844 }, 'phone'],
  ] as const) {
    it(`${name}: topic text of 12 px or more, every topic reached by scrolling the page alone, nothing sideways`, async () => {
      const { page, watch } = await open('column.html', viewport);
      expect(await widthClass(page)).toBe(expected);
      const geometry = await mapGeometry(page, '#map');
      // height="auto": the map's canvas holds the whole roadmap, so the page's scroll reads it.
      for (const topic of geometry.allTopics) expect(inside(topic.box, geometry.canvas), topic.id).toBe(true);
      // Every topic at the same zoom: the smallest text on screen is the one measured here.
      expect(geometry.topics.length).toBeGreaterThan(0);
      expect(Math.min(...geometry.topics.map((topic) => topic.textPx))).toBeGreaterThanOrEqual(12);
      expect(topicsUnderControls(geometry)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      // The post goes on right after the map.
      const after = await page.locator('#after').boundingBox();
      const map = await page.locator('#map').boundingBox();
      expect(after!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
      await page.locator('#map').screenshot({ path: shot(`column-${expected}`) });
      await finish(page, watch);
    });
  }
});

describe('a map whose width changes', () => {
  it('from wide to phone width it switches layout and keeps the open topic open and focused', async () => {
    const { page, watch } = await open('resize.html', { width: 1280, height: 800 });
    expect(await widthClass(page)).toBe('wide');
    await topicButton(page, '#map', 'docker').click();
    const docker = panel(page, '#map');
    await expect.poll(() => docker.getAttribute('data-topic-id')).toBe('docker');
    const focusInPanel = () =>
      page.evaluate(() => document.querySelector('#map')!.shadowRoot!.activeElement?.closest('.rg-panel')?.getAttribute('data-topic-id') ?? null);
    expect(await focusInPanel()).toBe('docker');

    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => widthClass(page)).toBe('phone');
    expect(await docker.getAttribute('data-topic-id')).toBe('docker');
    expect(await docker.getAttribute('class')).toContain('rg-panel--sheet');
    expect(await focusInPanel()).toBe('docker');

    // Back to the map: focus on the topic, in view in the phone layout.
    await docker.getByRole('button', { name: 'Back to the map' }).click();
    await expect.poll(() => page.evaluate(() => (document.querySelector('#map')!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.topicId ?? null)).toBe('docker');
    const geometry = await mapGeometry(page, '#map');
    expect(inside(geometry.allTopics.find((topic) => topic.id === 'docker')!.box, geometry.canvas)).toBe(true);
    await finish(page, watch);
  });
});
