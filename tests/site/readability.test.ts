import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inside, mapGeometry, overlaps, topicsUnderControls } from '../support/mapGeometry.js';
import { waitForMapShown } from '../support/waitForMapShown.js';
import { DESKTOP, openPage, PHONE, PYTHON_TOPICS, shoot, startSite, type SiteHarness } from './siteHarness.js';

// The home page as a first-time reader meets it, measured: the text size on screen (font size
// times the map's zoom), what is in view, what covers what. Reduced motion, so every pan ends
// where it starts and the geometry can be read right after it.
let site: SiteHarness;

beforeAll(async () => {
  site = await startSite();
}, 120_000);

afterAll(async () => {
  await site?.close();
});

async function openHome(hash: string, viewport: { width: number; height: number }): Promise<Awaited<ReturnType<typeof openPage>>> {
  const opened = await openPage(site, `${site.server.url}/${hash}`, { viewport, reducedMotion: true });
  await waitForMapShown(opened.page);
  return opened;
}

const pageScrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
const widthClass = (page: Page) => page.locator('.rg-root').getAttribute('data-width-class');

describe('reading the home page map', () => {
  for (const [device, viewport, expected] of [
    ['phone 390 × 844', PHONE, 'phone'],
    ['laptop 1280 × 800', DESKTOP, 'wide'],
  ] as const) {
    it(`${device}: the start view shows the beginning at 12 px text or more, no control over a topic, nothing sideways`, async () => {
      const { context, page, problems } = await openHome('', viewport);
      expect(await widthClass(page)).toBe(expected);
      const geometry = await mapGeometry(page);
      expect(geometry.topics.length).toBeGreaterThan(3);
      expect(Math.min(...geometry.topics.map((topic) => topic.textPx))).toBeGreaterThanOrEqual(12);
      // The beginning: the first topic of the learning order is in view.
      expect(geometry.topics.map((topic) => topic.id)).toContain('python-syntax');
      expect(topicsUnderControls(geometry)).toEqual([]);
      expect(await pageScrollsSideways(page)).toBe(false);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('laptop: "fit" shows the whole roadmap with topic text of 7 px or more', async () => {
    const { context, page, problems } = await openHome('', DESKTOP);
    await page.getByRole('button', { name: 'Fit the whole roadmap' }).click();
    await expect.poll(async () => (await mapGeometry(page)).topics.length).toBe(PYTHON_TOPICS);
    const geometry = await mapGeometry(page);
    for (const topic of geometry.allTopics) expect(inside(topic.box, geometry.canvas), topic.id).toBe(true);
    expect(Math.min(...geometry.topics.map((topic) => topic.textPx))).toBeGreaterThanOrEqual(7);
    await shoot(page, 'home-fit-light-desktop');
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const id of ['flask', 'docker']) {
    it(`#topic=${id}: the topic is fully in view in the map beside the panel, and topics beside it stay clickable`, async () => {
      const { context, page, problems } = await openHome(`#topic=${id}`, DESKTOP);
      await page.locator('section.rg-panel').waitFor();
      const geometry = await mapGeometry(page);
      const topic = geometry.allTopics.find((candidate) => candidate.id === id)!;
      expect(inside(topic.box, geometry.canvas)).toBe(true);
      expect(geometry.panel).not.toBeNull();
      expect(overlaps(topic.box, geometry.panel!)).toBe(false);
      // The panel sits beside the map, so nothing the map shows is under it.
      expect(geometry.canvas.x + geometry.canvas.width).toBeLessThanOrEqual(geometry.panel!.x + 1);
      const neighbour = geometry.topics.find((candidate) => candidate.id !== id && inside(candidate.box, geometry.canvas))!;
      await page.locator(`button[data-topic-id="${neighbour.id}"]`).click();
      await expect.poll(() => page.locator('section.rg-panel').getAttribute('data-topic-id')).toBe(neighbour.id);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('#topic= of a topic the roadmap does not have says so, and the notice can be dismissed', async () => {
    const { context, page, problems } = await openHome('#topic=flask-orm', DESKTOP);
    const notice = page.getByRole('status').filter({ hasText: 'The link points to a topic this roadmap does not have' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('“flask-orm”');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('search answers as you type: "jwt" lights its match, brings it into view and says why it matched', async () => {
    const { context, page, problems } = await openHome('', DESKTOP);
    await page.getByRole('combobox', { name: 'Search topics' }).pressSequentially('jwt');
    const option = page.getByRole('listbox', { name: 'Matching topics' }).getByRole('option');
    await expect.poll(() => option.count()).toBe(1);
    expect(await option.textContent()).toBe('Auth in Flask and DjangoAuthentication and Authorization · resource: Flask-JWT-Extended Documentation');
    const lit = page.locator('.rg-topic--active-match button[data-topic-id]');
    expect(await lit.getAttribute('data-topic-id')).toBe('auth-in-frameworks');
    const geometry = await mapGeometry(page);
    expect(inside(geometry.allTopics.find((topic) => topic.id === 'auth-in-frameworks')!.box, geometry.canvas)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Auth in Flask and Django' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
