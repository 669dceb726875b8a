import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/serveStatic.js';
import { DESKTOP, openPage, PHONE, PYTHON_TOPICS, shoot, startSite, TOPIC_BUTTONS, type SiteHarness } from './siteHarness.js';

// The embed page of the built site: the snippet builder and its live preview, and the snippet
// at work on a blank page of another site. Needs the element (packages/element/dist), which the
// root `pnpm build` makes before the site.
const ELEMENT = new URL('../../packages/element/dist/roadmap-graph.js', import.meta.url).pathname;
const BLANK = new URL('../../test-output/site-blank-page/', import.meta.url).pathname;

let site: SiteHarness;
let blank: StaticServer;

beforeAll(async () => {
  if (!existsSync(ELEMENT)) throw new Error('packages/element/dist is missing: run `pnpm build` first');
  // The snippet loads the script and the data from this site into someone else's page.
  site = await startSite({ 'access-control-allow-origin': '*' });
  mkdirSync(BLANK, { recursive: true });
  blank = await serveStatic(BLANK);
}, 120_000);

afterAll(async () => {
  await site?.close();
  await blank?.close();
});

const snippetOf = (page: Page) => page.getByRole('figure', { name: 'Embed snippet' }).locator('code').textContent();

/** Writes the snippet into an otherwise empty HTML page on another origin and opens it. */
async function pasteIntoBlankPage(snippet: string, name: string) {
  writeFileSync(`${BLANK}${name}.html`, `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Blank</title><link rel="icon" href="data:,"></head>\n<body>\n${snippet}</body>\n</html>\n`);
  return openPage(site, `${blank.url}/${name}.html`, { allowedOrigins: [blank.url] });
}

describe('embed page', () => {
  it('the preview runs the element with the Python roadmap, and follows the chosen attributes', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/embed/`);
    await expect.poll(() => page.locator(`roadmap-graph ${TOPIC_BUTTONS}`).count(), { timeout: 20_000 }).toBe(PYTHON_TOPICS);
    expect(await snippetOf(page)).toBe(
      `<script type="module" src="${site.server.url}/element/roadmap-graph.js"></script>\n` +
        `<roadmap-graph src="${site.server.url}/data/python-backend.roadmap.json"></roadmap-graph>\n`,
    );

    await page.getByLabel('Theme theme').selectOption('dark');
    await page.getByLabel('Open on load topic').selectOption('flask');
    await page.getByLabel('Deep links hash-links').check();
    expect(await snippetOf(page)).toContain(' theme="dark" topic="flask" hash-links>');
    const preview = page.locator('roadmap-graph');
    expect(await preview.getAttribute('theme')).toBe('dark');
    await page.locator('roadmap-graph .rg-panel').getByRole('heading', { name: 'Flask' }).waitFor({ timeout: 20_000 });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the snippet (ES module, data by URL) works pasted into a blank page of another site', async () => {
    const builder = await openPage(site, `${site.server.url}/embed/`);
    await builder.page.getByLabel('Height in pixels height').fill('560');
    const snippet = (await snippetOf(builder.page)) ?? '';
    expect(snippet).toContain('height="560"');
    await builder.context.close();

    const { context, page, problems } = await pasteIntoBlankPage(snippet, 'module');
    await expect.poll(() => page.locator(`roadmap-graph ${TOPIC_BUTTONS}`).count(), { timeout: 20_000 }).toBe(PYTHON_TOPICS);
    expect(Math.round((await page.locator('roadmap-graph').boundingBox())?.height ?? 0)).toBe(560);
    await page.locator('roadmap-graph button[data-topic-id="flask"]').click();
    await page.locator('roadmap-graph .rg-panel').getByRole('heading', { name: 'Flask' }).waitFor();
    expect([...builder.problems, ...problems]).toEqual([]);
    await context.close();
  });

  it('the snippet of a playground draft (classic script, data inline) works pasted into a blank page', async () => {
    const builder = await openPage(site, `${site.server.url}/embed/`);
    const draft = { format: 'markdown', text: '# Inline roadmap {#inline}\n\n## Only section {#only}\n\n- Alpha {#alpha}\n- Beta {#beta requires=alpha}\n' };
    await builder.page.evaluate((value) => localStorage.setItem('roadmap-graph-site:playground-draft', JSON.stringify(value)), draft);
    await builder.page.reload();
    await builder.page.getByRole('radio', { name: /My playground draft/ }).check();
    await builder.page.getByRole('radio', { name: /Classic script/ }).check();
    await expect.poll(() => snippetOf(builder.page)).toContain('<script type="application/json">');
    const snippet = (await snippetOf(builder.page)) ?? '';
    expect(snippet).toMatch(/^<script src="[^"]+\/element\/roadmap-graph\.iife\.js" defer><\/script>\n<roadmap-graph>\n/);
    expect(snippet).toContain('"layout":{');
    await builder.page.locator(`roadmap-graph button[data-topic-id="beta"]`).waitFor({ timeout: 20_000 });
    await builder.context.close();

    const { context, page, problems } = await pasteIntoBlankPage(snippet, 'inline');
    // The interactive map (a first map drawn from the baked layout may show its topics before it).
    await page.locator(`roadmap-graph ${TOPIC_BUTTONS}[data-topic-id="beta"]`).waitFor({ timeout: 20_000 });
    expect(await page.locator(`roadmap-graph ${TOPIC_BUTTONS}`).count()).toBe(2);
    expect([...builder.problems, ...problems]).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`screenshot: ${colorScheme}, ${device}`, async () => {
        const { context, page, problems } = await openPage(site, `${site.server.url}/embed/`, { colorScheme, viewport });
        // The element renders once it nears the viewport: on a phone the preview is far down.
        await page.locator('roadmap-graph').scrollIntoViewIfNeeded();
        await page.locator(`roadmap-graph ${TOPIC_BUTTONS}`).first().waitFor({ timeout: 20_000 });
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await shoot(page, `embed-${colorScheme}-${device}`, true);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
