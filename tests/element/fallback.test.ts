import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../support/run.js';
import { axeWithoutScript } from '../support/axeWithoutScript.js';
import { launchBrowser } from '../support/launchBrowser.js';
import type { StaticServer } from '../support/serveStatic.js';
import { assertElementBuilt, PATHS } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { recordedEvents, waitForMap } from './support/shadow.js';
import { watchPage } from './support/watchPage.js';

// What a <roadmap-graph> holds besides its data script is its fallback: shown to readers without
// JavaScript (the blog post's two maps: a picture of the Python map drawn by the CLI with links to
// the roadmap, and the sprint plan as a list), never shown, loaded or read as data once the
// element is defined, and left alone when the page changes it.
const shot = (name: string): string => `${PATHS.screenshots}/${name}.png`;
const ROOT = new URL('../..', import.meta.url).pathname;
const PICTURE = '/blog/python-backend.svg';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertElementBuilt();
  mkdirSync(PATHS.screenshots, { recursive: true });
  // The picture is drawn by the build (`pnpm start`), as the blog's readers get it.
  const drawn = await run('node', ['scripts/renderBlogPicture.mjs'], ROOT);
  if (drawn.code !== 0) throw new Error(`scripts/renderBlogPicture.mjs failed: ${drawn.stderr}`);
  server = await serveElement();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The fallback of the blog's maps as a reader sees it. Evaluated as a string: no transpiler helper in the page. */
function blogFallbacks(page: Page) {
  return page.evaluate(`(() => {
    const shown = (element) => !!element && element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const picture = document.querySelector('#python-map img');
    const sprintItems = [...document.querySelectorAll('#sprint-map .map-fallback li')];
    return {
      picture: shown(picture) ? { loaded: picture.complete && picture.naturalWidth > 0, width: picture.getBoundingClientRect().width, alt: picture.alt } : null,
      pythonLinks: [...document.querySelectorAll('#python-map .map-fallback a')].filter(shown).map((a) => a.getAttribute('href')),
      sprintItems: sprintItems.filter(shown).map((item) => item.textContent.replace(/\\s+/g, ' ').trim()),
      sideways: document.documentElement.scrollWidth > innerWidth,
    };
  })()`) as Promise<{ picture: { loaded: boolean; width: number; alt: string } | null; pythonLinks: string[]; sprintItems: string[]; sideways: boolean }>;
}

describe('the blog post without JavaScript', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of [
      ['laptop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      it(`${colorScheme}, ${size}: each map shows its fallback (the picture with links, the plan as a list), readable, no axe violations`, async () => {
        const context = await browser.newContext({ javaScriptEnabled: false, colorScheme, viewport });
        const page = await context.newPage();
        const watch = watchPage(page);
        await page.goto(`${server.url}/blog/`);
        await page.locator('#python-map img').evaluate((image: HTMLImageElement) => image.decode());
        const seen = await blogFallbacks(page);
        expect(seen.picture).toMatchObject({ loaded: true, alt: expect.stringMatching(/map of the roadmap/) });
        expect(seen.picture!.width).toBeGreaterThan(viewport.width / 2);
        expect(seen.pythonLinks).toEqual(['/data/python-backend.md', '/data/python-backend.roadmap.json']);
        expect(seen.sprintItems).toHaveLength(4);
        expect(seen.sprintItems[0]).toMatch(/^The language: syntax and built-in types/);
        expect(seen.sideways).toBe(false);
        await page.screenshot({ path: shot(`blog-no-js-${colorScheme}-${size}`), fullPage: size === 'laptop' });
        expect(await axeWithoutScript(page)).toEqual([]);
        expect(watch.problems).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('the fallback once the element is defined', () => {
  it('the blog: never shown, in the accessibility tree or loaded; the maps come from their data', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}/blog/`);
    await waitForMap(page, '#python-map');
    await page.locator('#sprint-map').scrollIntoViewIfNeeded();
    await waitForMap(page, '#sprint-map');
    const seen = await blogFallbacks(page);
    expect(seen).toMatchObject({ picture: null, pythonLinks: [], sprintItems: [] });
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree).not.toContain('map of the roadmap');
    expect(tree).not.toContain('with where to start on each topic');
    expect(watch.requests.filter((url) => url.endsWith(PICTURE))).toEqual([]);
    // The sprint map is its Markdown script's four weeks, whatever the list beside it says.
    expect(await page.locator('#sprint-map .react-flow__node-section').count()).toBe(4);
    expect(watch.problems).toEqual([]);
    await context.close();
  });

  it('a fallback is never data: an element with only a fallback (JSON-looking text, a nested JSON script) has no roadmap', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}/fallback.html`);
    await expect.poll(() => page.locator('#decoy .rg-element__status').textContent()).toMatch(/^No roadmap to show yet/);
    expect(await page.locator('#decoy').evaluate((element) => (element as unknown as { roadmap: unknown }).roadmap)).toBeUndefined();
    await waitForMap(page, '#map');
    const events = (await recordedEvents(page)).filter((event) => event.type === 'ready');
    expect(events.map((event) => [event.target, event.roadmap])).toEqual([['map', 'python-backend']]);
    expect(watch.problems).toEqual([]);
    await context.close();
  });

  it('the page changing the fallback leaves the map as it is (no reload, nothing shown)', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}/fallback.html`);
    await waitForMap(page, '#map');
    const after = await page.locator('#map').evaluate(async (element) => {
      const text = element.querySelector('#fallback-text')!;
      text.textContent = 'Changed by the page.';
      const picture = document.createElement('p');
      picture.textContent = 'Another line of fallback.';
      element.append(picture);
      // The element hears of both changes in microtasks queued before this one.
      await Promise.resolve();
      return {
        roadmap: (element as unknown as { roadmap?: { id: string } }).roadmap?.id,
        shown: [text, picture].some((node) => node.getClientRects().length > 0),
      };
    });
    expect(after).toEqual({ roadmap: 'python-backend', shown: false });
    expect(await page.locator('#map .react-flow').count()).toBe(1);
    expect((await recordedEvents(page)).filter((event) => event.type === 'ready' && event.target === 'map')).toHaveLength(1);
    expect(watch.problems).toEqual([]);
    await context.close();
  });
});
