import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { watchPage } from '../../element/support/watchPage.js';
import { waitForMapShown } from '../../support/waitForMapShown.js';

/** A map a fence became, and a topic on it to open. */
export interface FenceMap {
  /** Index of the `<roadmap-graph>` on the page, from 0. */
  index: number;
  topicId: string;
  topicTitle: string;
}

/**
 * What a fence gives readers without JavaScript, read from the HTML the server sends: each
 * `<roadmap-graph>` holds its data script, the static picture (an SVG with role img, in a figure
 * with a caption) and the outline's links.
 */
export async function checkServedHtml(url: string, maps: number): Promise<string> {
  const html = await (await fetch(url)).text();
  expect(html.match(/<roadmap-graph /g)).toHaveLength(maps);
  expect(html.match(/<script type="application\/json">\{"id":/g)).toHaveLength(maps);
  expect(html.match(/<figure><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" id="rg-[0-9a-f]+"[^>]* role="img"/g)).toHaveLength(maps);
  // A site's own link component may add attributes (Docusaurus: target and rel on external links).
  expect(html).toMatch(/<a href="https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/HTML"[^>]*>HTML on MDN<\/a>/);
  expect(html).not.toContain('language-roadmap');
  return html;
}

/**
 * Opens the page in Chromium and checks each map as a reader meets it: the element upgrades
 * (its fallback no longer shows) and draws the map from the inline data, a click on a topic opens
 * its panel, and nothing errors or is requested from anywhere but the site (the layout worker
 * neither: the layouts are inline).
 */
export async function checkUpgradedMaps(
  browser: Browser,
  origin: string,
  path: string,
  maps: readonly FenceMap[],
  /** How the reader gets from `path` to the maps, e.g. a click on a link the site's router handles. */
  arrive?: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // The sites have no favicon; the browser asks for one on its own.
  const watch = watchPage(page, ['/favicon.ico']);
  await page.goto(`${origin}${path}`);
  await arrive?.(page);
  for (const map of maps) {
    const host = page.locator('roadmap-graph').nth(map.index);
    await host.scrollIntoViewIfNeeded();
    const id = `fence-map-${map.index}`;
    await host.evaluate((element, value) => element.setAttribute('id', value), id);
    await waitForMapShown(page, `#${id}`, 30_000);
    // Upgraded: the shadow root shows the map, the light-DOM fallback is no longer rendered.
    expect(await host.locator(':scope > figure').isVisible()).toBe(false);
    await page.locator(`#${id} button[data-topic-id="${map.topicId}"]`).click();
    await page.locator(`#${id}`).getByRole('region', { name: map.topicTitle }).waitFor();
  }
  await context.close();
  expect(watch.problems).toEqual([]);
  expect(watch.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
  expect(watch.requests.filter((url) => /roadmap-graph\.(layout|read)-worker/.test(url))).toEqual([]);
}

/**
 * Without JavaScript the picture is what readers see, in their colour scheme: its background
 * follows prefers-color-scheme through the picture's own style sheet.
 */
export async function checkPictureSchemes(browser: Browser, url: string): Promise<void> {
  for (const [scheme, background] of [
    ['light', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(13, 17, 23)'],
  ] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    const picture = page.locator('roadmap-graph > figure > svg').first();
    expect(await picture.isVisible()).toBe(true);
    const fill = await picture.locator(':scope > rect').first().evaluate((rect) => getComputedStyle(rect).fill);
    expect(fill, scheme).toBe(background);
    // It fits the text column instead of running out of it.
    const [svgWidth, parentWidth] = await picture.evaluate((svg) => [svg.getBoundingClientRect().width, svg.parentElement!.getBoundingClientRect().width]);
    expect(svgWidth).toBeLessThanOrEqual(parentWidth! + 0.5);
    await context.close();
  }
}
