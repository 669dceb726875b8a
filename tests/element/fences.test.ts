import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.js';
import { waitForMapShown } from '../support/waitForMapShown.js';
import type { StaticServer } from '../support/serveStatic.js';
import { quickStarts } from '../../apps/site/src/docs/quickStarts.js';
import { assertElementBuilt, PATHS } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { panel, topicButton, waitForMap } from './support/shadow.js';
import { watchPage } from './support/watchPage.js';

// A page whose Markdown renderer left ```roadmap fences as code (Hugo, Jekyll, MkDocs, a
// hand-written page): the classic script with data-fences turns each into a map.
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertElementBuilt();
  server = await serveElement({ extra: { '/js': PATHS.dist } });
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
    // The script is parsed first: on a loaded machine that can take more than poll's default second.
    await expect.poll(() => page.locator('roadmap-graph').count(), { timeout: 30_000 }).toBe(2);
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

  it('become maps as Hugo, MkDocs (fenced_code, codehilite, Material superfences) and Jekyll write them', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}/fences-generators.html`);
    const generators = [
      { id: 'hugo', name: 'Hugo' },
      { id: 'mkdocs', name: 'MkDocs' },
      { id: 'codehilite', name: 'Codehilite' },
      { id: 'material', name: 'Material' },
      { id: 'jekyll', name: 'Jekyll' },
    ];
    await expect.poll(() => page.locator('roadmap-graph').count(), { timeout: 30_000 }).toBe(generators.length);
    for (const [index, { id, name }] of generators.entries()) {
      await page.locator('roadmap-graph').nth(index).evaluate((element, value) => (element.id = value), id);
      // Five maps laid out in their workers at once: on a loaded machine that takes a while.
      await waitForMapShown(page, `#${id}`, 90_000);
      await topicButton(page, `#${id}`, `${id}-fence`).click();
      await panel(page, `#${id}`).getByRole('heading', { name: `${name} fence` }).waitFor();
      // The escaped quotes of the resource's title were read as quotes: the course is marked paid.
      await topicButton(page, `#${id}`, 'first').click();
      await expect.poll(() => panel(page, `#${id}`).textContent(), { timeout: 30_000 }).toMatch(/A course.*Paid/);
      // The fence, as the generator wrote it, is the map's fallback now.
      expect(await page.locator(`#${id} > pre`).count()).toBe(1);
    }
    await page.close();
    expect(watch.problems).toEqual([]);
  }, 300_000);

  it("become maps with MkDocs' recipe: its module script calling upgradeFences, as the docs show it", async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    // The site's js/ folder (served from the element's dist/ in beforeAll), with roadmaps.js as the docs give it.
    await page.route('**/js/roadmaps.js', (route) => route.fulfill({ contentType: 'text/javascript', body: quickStarts.mkdocsScript }));
    await page.goto(`${server.url}/fences-mkdocs.html`);
    await expect.poll(() => page.locator('roadmap-graph').count(), { timeout: 30_000 }).toBe(1);
    await waitForMapShown(page, 'roadmap-graph', 90_000);
    await topicButton(page, 'roadmap-graph', 'material-fence').click();
    await panel(page, 'roadmap-graph').getByRole('heading', { name: 'Material fence' }).waitFor();
    await page.close();
    expect(watch.problems).toEqual([]);
  }, 180_000);

  it('the element README shows the recipes for Hugo, Jekyll and MkDocs as the docs give them', () => {
    const readme = readFileSync(new URL('../../packages/element/README.md', import.meta.url), 'utf8');
    for (const [name, language] of [['hugo', 'html'], ['jekyll', 'html'], ['mkdocs', 'yaml'], ['mkdocsScript', 'js']] as const) {
      expect(readme, name).toContain(`\`\`\`${language}\n${quickStarts[name]}\`\`\``);
    }
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
