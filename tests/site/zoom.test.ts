import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../react/support/runAxe.js';
import { MIN_CANVAS, MIN_PANEL_BOX, openTopicInView, shortViewGeometry, toolbarProblems, walkPanel, ZOOM_400 } from '../support/shortView.js';
import { waitForMapShown } from '../support/waitForMapShown.js';
import { openPage, shoot, startSite, type SiteHarness } from './siteHarness.js';

// The home page at 400 % zoom: a 320 × 200 CSS-pixel view (WCAG 1.4.10). The page around the
// map (header, title, toolbar) leaves the map almost nothing of such a view; the map keeps the
// view's height instead and the page scrolls, and the open panel reads in a box as tall as the view.
let site: SiteHarness;

beforeAll(async () => {
  site = await startSite();
}, 120_000);

afterAll(async () => {
  await site?.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`the home page at 400 % zoom (320 × 200), ${colorScheme}`, () => {
  it('the map keeps a usable canvas, the panel reads in a box as tall as the view, every panel control is reachable', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/`, { viewport: ZOOM_400, colorScheme, reducedMotion: true });
    await waitForMapShown(page);
    const closed = await shortViewGeometry(page);
    expect(closed.canvas).toBeGreaterThanOrEqual(MIN_CANVAS);
    expect(closed.pageWidth).toBeLessThanOrEqual(ZOOM_400.width);
    await shoot(page, `zoom-400-home-${colorScheme}`, true);

    await openTopicInView(page);
    const open = await shortViewGeometry(page);
    expect(open.panelBox).toBeGreaterThanOrEqual(MIN_PANEL_BOX);
    expect(open.panelSideways).toBe(false);
    expect(open.pageWidth).toBeLessThanOrEqual(ZOOM_400.width);
    await shoot(page, `zoom-400-home-panel-${colorScheme}`);
    const walk = await walkPanel(page);
    expect(walk.reached).toBeGreaterThan(3);
    expect(walk.lost).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the toolbar stays usable: search answers in view, every menu control is reachable', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/`, { viewport: ZOOM_400, colorScheme, reducedMotion: true });
    await waitForMapShown(page);
    expect(await toolbarProblems(page, 'flask', 'Flask')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
}
