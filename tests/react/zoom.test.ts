import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_CANVAS, MIN_PANEL_BOX, openTopicInView, shortViewGeometry, toolbarProblems, walkPanel, ZOOM_400 } from '../support/shortView.js';
import { runAxe } from './support/runAxe.js';
import { startReactApp, type ReactApp } from './support/reactApp.js';

// The fixture app's map (height 640) at 400 % zoom: a 320 × 200 CSS-pixel view (WCAG 1.4.10).
// The map keeps its height and the page scrolls; the open panel (a sheet at this width) reads in
// a box as tall as the view, not in a strip under its own header; nothing scrolls sideways.
const OUT = new URL('../../test-output/react-app-zoom/', import.meta.url).pathname;
const SHOTS = new URL('../../test-output/screenshots/react/', import.meta.url).pathname;

let app: ReactApp;

beforeAll(async () => {
  app = await startReactApp(OUT, 'react zoom tests');
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

for (const theme of ['light', 'dark'] as const) {
  describe(`400 % zoom (320 × 200), ${theme} theme`, () => {
  it('the map keeps a usable canvas, the panel reads in a box as tall as the view, every panel control is reachable', async () => {
    const { page, problems } = await app.open(`?theme=${theme}`, { viewport: ZOOM_400, reducedMotion: true });
    const closed = await shortViewGeometry(page);
    expect(closed.canvas).toBeGreaterThanOrEqual(MIN_CANVAS);
    expect(closed.pageWidth).toBeLessThanOrEqual(ZOOM_400.width);

    await openTopicInView(page);
    const open = await shortViewGeometry(page);
    expect(open.panelBox).toBeGreaterThanOrEqual(MIN_PANEL_BOX);
    expect(open.panelSideways).toBe(false);
    expect(open.pageWidth).toBeLessThanOrEqual(ZOOM_400.width);
    await page.screenshot({ path: `${SHOTS}zoom-400-panel-${theme}.png` });
    const walk = await walkPanel(page);
    expect(walk.reached).toBeGreaterThan(3);
    expect(walk.lost).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the toolbar stays usable: search answers in view, every menu control is reachable', async () => {
    const { page, problems } = await app.open(`?theme=${theme}`, { viewport: ZOOM_400, reducedMotion: true });
    expect(await toolbarProblems(page, 'flask', 'Flask')).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });
});
}
