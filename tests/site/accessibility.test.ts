import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../react/support/runAxe.js';
import { openPage, PHONE, startSite, TOPIC_BUTTONS, type SiteHarness } from './siteHarness.js';

// axe-core's WCAG 2.1 A/AA rules on every page of the built site, light and dark, and the
// keyboard path through the header: a failure here is something a reader with a screen reader,
// a keyboard or low vision would hit.
let site: SiteHarness;

beforeAll(async () => {
  site = await startSite();
}, 120_000);

afterAll(async () => {
  await site?.close();
});

const PAGES: [name: string, path: string, ready: string][] = [
  ['home', '/', TOPIC_BUTTONS],
  ['playground', '/playground/', TOPIC_BUTTONS],
  ['embed', '/embed/', `roadmap-graph ${TOPIC_BUTTONS}`],
  ['docs', '/docs/', 'h1'],
];

describe('accessibility of the site', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, path, ready] of PAGES) {
      it(`${name} (${colorScheme}): no axe violations`, async () => {
        const { context, page, problems } = await openPage(site, `${site.server.url}${path}`, { colorScheme });
        await page.locator(ready).first().waitFor({ timeout: 20_000 });
        expect(await runAxe(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('the header works from the keyboard: skip link, pages, theme switch', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/docs/`, { viewport: PHONE });
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    // The header is rendered by the page's script: a reader's first Tab comes after it shows.
    const headerShown = () => page.locator('a', { hasText: 'Skip to content' }).waitFor({ state: 'attached' });
    await headerShown();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to content');
    for (const expected of ['roadmap-graph', 'Roadmap', 'Playground', 'Embed', 'Docs', 'Blog']) {
      await page.keyboard.press('Tab');
      expect(await focused()).toBe(expected);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('auto');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    // The skip link takes the next Tab past the header (and the docs' contents) into the page.
    await page.reload();
    await headerShown();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main');
    expect(problems).toEqual([]);
    await context.close();
  });
});
