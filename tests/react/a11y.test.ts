import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from './support/runAxe.js';
import { startReactApp, TOPIC, type ReactApp } from './support/reactApp.js';

// axe-core (WCAG 2.1 A and AA) on the fixture app's map, open panel and outline, in light and
// dark, wide and at 375 px; screenshots of each state go to test-output/screenshots/react/ to
// be looked at.
const OUT = new URL('../../test-output/react-app-a11y/', import.meta.url).pathname;
const SHOTS = new URL('../../test-output/screenshots/react/', import.meta.url).pathname;
const NARROW = { width: 375, height: 667 };

let app: ReactApp;

beforeAll(async () => {
  app = await startReactApp(OUT, 'react a11y tests');
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

// Reduced motion: the pan to an opened topic and the veil's fade end at once, so axe and the
// screenshots see the final picture.
const REDUCED = { reducedMotion: true } as const;
const shoot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}${name}.png` });

async function openFlask(page: Page): Promise<void> {
  await page.locator(`${TOPIC}[data-topic-id="flask"]`).click();
  await page.getByRole('region', { name: 'Flask' }).waitFor();
  // No hover marks in the pictures; the component's top in view.
  await page.mouse.move(0, 0);
  await page.locator('.rg-root').evaluate((root) => root.scrollIntoView());
}

describe.each(['light', 'dark'] as const)('accessibility and looks, %s theme', (theme) => {
  it('the map: no axe violations', async () => {
    const { page, problems } = await app.open(`?theme=${theme}`, REDUCED);
    expect(await page.locator('.rg-root').getAttribute('data-theme')).toBe(theme);
    await shoot(page, `map-${theme}`);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the open panel: no axe violations', async () => {
    const { page, problems } = await app.open(`?theme=${theme}`, REDUCED);
    await openFlask(page);
    await shoot(page, `panel-${theme}`);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the outline from the map toggle: no axe violations', async () => {
    const { page, problems } = await app.open(`?theme=${theme}`, REDUCED);
    // Clicked with the mouse, which stays on the pressed toggle, as a reader's would.
    await page.getByRole('button', { name: 'Outline', exact: true }).click();
    await page.locator('.rg-outline h2').first().waitFor();
    await shoot(page, `outline-${theme}`);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the outline on its own, as a server renders it: no axe violations', async () => {
    const { page, problems } = await app.open(`?theme=${theme}&outline=1`, { ...REDUCED, waitFor: '.rg-outline h2' });
    await shoot(page, `outline-standalone-${theme}`);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('375 px wide: the map, then the panel over all of it, no axe violations, nothing scrolls sideways', async () => {
    const { page, problems } = await app.open(`?theme=${theme}`, { ...REDUCED, viewport: NARROW });
    await shoot(page, `narrow-map-${theme}`);
    expect(await runAxe(page)).toEqual([]);
    await openFlask(page);
    const box = (await page.getByRole('region', { name: 'Flask' }).boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(NARROW.width - 40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
    await shoot(page, `narrow-panel-${theme}`);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });
});
