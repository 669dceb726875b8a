import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quickStarts } from '../../apps/site/src/docs/quickStarts.js';
import { run } from '../support/run.js';
import { launchBrowser } from '../support/launchBrowser.js';
import { serveStatic, type StaticServer } from '../support/serveStatic.js';
import { waitForMapShown } from '../support/waitForMapShown.js';
import { checkServedHtml, checkUpgradedMaps } from './support/checkFencePage.js';
import { buildWithPage, ok, packPackages, prepareSite, readmeShows, siteFile, templateFile, timings } from './support/fenceSite.js';

// A small Docusaurus 3 docs site (docusaurus-site/: a page with a ```roadmap fence and a second
// page linking to it) built from the packed packages as a writer would: @roadmap-graph/rehype in
// the classic preset's docs.beforeDefaultRehypePlugins, the element's script copied into static/
// and loaded through `scripts`. Docusaurus renders pages with React, on the server and again on
// client-side navigation, so both are checked. The site's package.json has no "type": "module":
// Docusaurus' server bundle fails under it (require.resolveWeak is not a function).

let work: string;
let site: string;
let server: StaticServer;
let browser: Browser;
const docusaurus = (): string => join(site, 'node_modules/.bin/docusaurus');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'roadmap-graph-docusaurus-'));
  await packPackages(['core', 'rehype', 'element'], work);
  site = await prepareSite('docusaurus-site', work, 'static');
  const built = ok(await run(docusaurus(), ['build'], site, 600_000), 'docusaurus build');
  timings['docusaurus build'] = built.ms;
  server = await serveStatic(join(site, 'build'));
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  console.log(`docusaurus site: ${Object.entries(timings).map(([step, ms]) => `${step} ${Math.round(ms)} ms`).join(', ')}`);
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  // Docusaurus installs some 1,300 packages: removing them takes a while on a loaded machine.
}, 300_000);

describe('a roadmap fence in a Docusaurus site (rehype plugin)', () => {
  it('is in the server-rendered HTML as <roadmap-graph> with its data, the static picture and the outline', async () => {
    const html = await checkServedHtml(`${server.url}/`, 1);
    expect(html).toContain('<roadmap-graph theme="auto">');
  });

  it('upgrades to the map in Chromium; a click opens a topic; no error, nothing fetched from elsewhere', async () => {
    await checkUpgradedMaps(browser, server.url, '/', [{ index: 0, topicId: 'css', topicTitle: 'CSS' }]);
  });

  it("shows the map after Docusaurus' client-side navigation to the page, and follows its dark mode", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(`${server.url}/other`);
    await page.getByRole('link', { name: 'the roadmap' }).click();
    await waitForMapShown(page, 'roadmap-graph', 60_000);
    await page.locator('roadmap-graph button[data-topic-id="css"]').click();
    await page.locator('roadmap-graph .rg-panel').getByRole('heading', { name: 'CSS' }).waitFor();
    const background = () => page.locator('roadmap-graph .rg-root').evaluate((root) => getComputedStyle(root).backgroundColor);
    const light = await background();
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect.poll(background, { timeout: 10_000 }).not.toBe(light);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('fails the build on a bad fence with file:line: path: message, the line counted in the file', async () => {
    const bad = siteFile(site, 'docs/index.md').replace('requires=javascript', 'requires=missing').replace('slug: /', 'slug: /bad');
    const line = bad.split('\n').findIndex((text) => text.includes('requires=missing')) + 1;
    const result = await buildWithPage(site, 'docs/bad.md', bad, [docusaurus(), 'build']);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`docs/bad.md:${line}: sections[1].topics[1].requires[0]: unknown topic "missing"`);
  });

  it("is built with the config the @roadmap-graph/rehype README and the site's docs show", () => {
    expect(readmeShows('rehype', 'js', 'docusaurus-site', 'docusaurus.config.mjs')).toBe(true);
    expect(quickStarts.docusaurus).toBe(templateFile('docusaurus-site', 'docusaurus.config.mjs'));
    expect(templateFile('docusaurus-site', 'docs/index.md')).toContain(quickStarts.fence);
  });
});
