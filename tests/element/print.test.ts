import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../react/support/runAxe.js';
import { launchBrowser } from '../support/launchBrowser.js';
import { measurePrintView, pdfLosses, printToPdf } from '../support/printView.js';
import { roadmapOutlineFacts } from '../support/roadmapOutline.js';
import type { StaticServer } from '../support/serveStatic.js';
import { assertElementBuilt } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { waitForMap } from './support/shadow.js';
import { watchPage } from './support/watchPage.js';

// Printing the blog post: each map that has rendered prints as its outline, in full, black on
// white even when the map is dark, with link addresses and no topic cut by a page break; a map
// that has not come near the viewport yet prints its fallback instead of an empty box; no
// control of the maps prints. PDFs go to test-output/print/.
const PDFS = new URL('../../test-output/print/', import.meta.url).pathname;
const PYTHON = roadmapOutlineFacts();
const SPRINT_IDS = ['week-language', 'sprint-syntax', 'sprint-venv', 'week-web', 'sprint-flask', 'sprint-database', 'week-quality', 'sprint-pytest', 'sprint-types', 'week-shipping', 'sprint-docker'];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertElementBuilt();
  mkdirSync(PDFS, { recursive: true });
  server = await serveElement();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPost(viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const { problems } = watchPage(page);
  await page.goto(`${server.url}/blog/`);
  await waitForMap(page, '#python-map');
  return { page, problems };
}

const missing = (expected: readonly string[], printed: readonly string[]) => expected.filter((id) => !printed.includes(id));

describe('printing the blog post', () => {
  for (const [name, viewport, mapTheme] of [
    ['laptop, the map light', { width: 1280, height: 900 }, 'light'],
    ['phone, the map switched to dark', { width: 390, height: 844 }, 'dark'],
  ] as const) {
    it(`${name}: the map prints as its outline in full, light on paper; the map not shown yet prints its fallback`, async () => {
      const { page, problems } = await openPost(viewport);
      if (mapTheme === 'dark') {
        await page.locator('#python-map').evaluate((map) => map.setAttribute('theme', 'dark'));
        await expect.poll(() => page.locator('#python-map .rg-root').getAttribute('data-theme')).toBe('dark');
      }
      const view = await measurePrintView(page);
      expect(missing(PYTHON.ids, view.printed)).toEqual([]);
      expect(view.scrollBoxes).toEqual([]);
      expect(view.linksWithoutAddress).toEqual([]);
      expect(view.screenOnly).toEqual([]);
      expect(view.lightestText).toBeLessThan(0.1);
      expect(view.darkestBackground).toBeGreaterThan(0.85);
      // Far down the post, the sprint map has not rendered: its fallback list prints in its place.
      expect(await page.locator('#sprint-map .rg-element__placeholder').count()).toBe(1);
      expect(await page.locator('#sprint-map .map-fallback li').evaluateAll((items) => items.filter((item) => item.getClientRects().length > 0).length)).toBe(4);
      expect(await runAxe(page)).toEqual([]);

      const printed = await printToPdf(page, PYTHON.links);
      writeFileSync(`${PDFS}blog-${name.replace(/\W+/g, '-')}.pdf`, printed.pdf);
      expect(printed.pages).toBeGreaterThan(5);
      expect(pdfLosses(PYTHON, printed)).toEqual({ missingLinks: [], splitTopics: [] });
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('after reading to the end: both maps print as their outlines', async () => {
    const { page, problems } = await openPost({ width: 1280, height: 900 });
    await page.locator('#sprint-map').scrollIntoViewIfNeeded();
    await waitForMap(page, '#sprint-map');
    const view = await measurePrintView(page);
    expect(missing([...PYTHON.ids, ...SPRINT_IDS], view.printed)).toEqual([]);
    expect(view.screenOnly).toEqual([]);
    expect(view.scrollBoxes).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
