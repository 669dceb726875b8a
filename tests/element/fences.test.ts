import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.js';
import type { StaticServer } from '../support/serveStatic.js';
import { assertElementBuilt } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { panel, topicButton, waitForMap } from './support/shadow.js';
import { watchPage } from './support/watchPage.js';

// A page whose Markdown renderer left ```roadmap fences as code (Hugo, Jekyll, MkDocs, a
// hand-written page): the classic script with data-fences turns each into a map.
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertElementBuilt();
  server = await serveElement();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('roadmap fences on a page', () => {
  it('become maps with data-fences: an outline and highlighted JSON, the text read as text, other code left alone', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}/fences.html`);
    await expect.poll(() => page.locator('roadmap-graph').count()).toBe(2);
    await page.locator('roadmap-graph').nth(0).evaluate((element) => (element.id = 'outline'));
    await page.locator('roadmap-graph').nth(1).evaluate((element) => (element.id = 'json'));
    await waitForMap(page, '#outline');
    await waitForMap(page, '#json');
    await topicButton(page, '#outline', 'css').click();
    await panel(page, '#outline').getByRole('heading', { name: 'CSS' }).waitFor();
    // The title is text: the markup in it is shown, never made into an element.
    expect(await topicButton(page, '#json', 'beta').getAttribute('aria-label')).toMatch(/^Beta <img src=x onerror=alert\(1\)>/);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    // The other code block stays as it was; the fences are the maps' fallbacks now.
    expect(await page.locator('main > pre > code.language-js').textContent()).toBe("console.log('not a roadmap');");
    expect(await page.locator('#outline > pre > code.language-roadmap').count()).toBe(1);
    expect(await page.locator('#json > div.language-roadmap').count()).toBe(1);
    await page.close();
    expect(watch.problems).toEqual([]);
  });

  it('stay code without data-fences', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.route('**/fences.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(' data-fences>', '>') });
    });
    await page.goto(`${server.url}/fences.html`);
    await page.waitForFunction(() => customElements.get('roadmap-graph') !== undefined);
    expect(await page.locator('roadmap-graph').count()).toBe(0);
    expect(await page.locator('pre > code.language-roadmap').count()).toBe(1);
    await page.close();
    expect(watch.problems).toEqual([]);
  });
});
