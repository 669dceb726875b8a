import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, openPage, PHONE, PYTHON_TOPICS, shoot, startSite, TOPIC_BUTTONS, type SiteHarness } from './siteHarness.js';

// The home page of the built site (apps/site): the Python backend roadmap over the whole window.
let site: SiteHarness;

beforeAll(async () => {
  site = await startSite();
}, 120_000);

afterAll(async () => {
  await site?.close();
});

describe('home page', () => {
  it('shows the whole Python roadmap, and a click on a topic opens its panel and its deep link', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/`);
    const flask = page.getByRole('button', { name: /^Flask, intermediate/ });
    await flask.waitFor();
    expect(await page.locator(TOPIC_BUTTONS).count()).toBe(PYTHON_TOPICS);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Python backend developer roadmap');

    await flask.click();
    const panel = page.getByRole('region', { name: 'Flask' });
    await panel.waitFor();
    expect(await panel.getByRole('link').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toBe('#topic=flask');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the map is the page: a plain wheel pans it (Shift + wheel sideways), with no hint', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/`, { reducedMotion: true });
    await page.locator(TOPIC_BUTTONS).first().waitFor();
    const viewport = page.locator('.react-flow__viewport');
    const translate = async () => {
      const [, x, y] = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec((await viewport.getAttribute('style')) ?? '') ?? [];
      return { x: Number(x), y: Number(y) };
    };
    const before = await translate();
    const map = (await page.locator('.rg-map__canvas').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(async () => (await translate()).y).toBeLessThan(before.y - 100);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 200);
    await page.keyboard.up('Shift');
    await expect.poll(async () => (await translate()).x).toBeLessThan(before.x - 100);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await page.locator('.rg-gesture-hint').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('#topic=django opens Django on arrival', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/#topic=django`);
    const panel = page.getByRole('region', { name: 'Django' });
    await panel.waitFor();
    expect(await panel.getByRole('heading', { name: 'Django' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the theme switch turns the site and the map dark, and the choice survives a reload', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/`);
    await page.getByRole('button', { name: /^Flask, intermediate/ }).waitFor();
    expect(await page.locator('.rg-root').getAttribute('data-theme')).toBe('auto');
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await page.locator('.rg-root').getAttribute('data-theme')).toBe('dark');
    const background = async (): Promise<number> => {
      const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      return Math.max(...(colour.match(/\d+/g) ?? ['255']).slice(0, 3).map(Number));
    };
    expect(await background()).toBeLessThan(60);

    await page.reload();
    await page.getByRole('button', { name: /^Flask, intermediate/ }).waitFor();
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await page.locator('.rg-root').getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBeLessThan(60);

    await page.getByRole('radio', { name: 'Auto' }).check();
    expect(await background()).toBeGreaterThan(200);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('progress marked on a topic is still there after a reload', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/#topic=python-syntax`);
    const panel = page.getByRole('region', { name: 'Syntax, Types and Operators' });
    await panel.waitFor();
    await panel.getByRole('radio', { name: /done/i }).or(panel.getByRole('button', { name: /done/i })).first().click();
    await page.locator('.rg-toolbar').getByText(/^1 of \d+ done$/).waitFor();
    await page.reload();
    await page.locator('.rg-toolbar').getByText(/^1 of \d+ done$/).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`screenshot: ${colorScheme}, ${device}`, async () => {
        const { context, page, problems } = await openPage(site, `${site.server.url}/#topic=flask`, { colorScheme, viewport, reducedMotion: true });
        await page.getByRole('region', { name: 'Flask' }).waitFor();
        // Nothing may scroll sideways, whatever the width.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await shoot(page, `home-${colorScheme}-${device}`);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
