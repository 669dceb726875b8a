import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../support/run.js';
import { launchBrowser } from '../support/launchBrowser.js';
import { serveStatic, type StaticServer } from '../support/serveStatic.js';
import { waitForMapShown } from '../support/waitForMapShown.js';
import { checkPictureSchemes, checkServedHtml, checkUpgradedMaps } from './support/checkFencePage.js';
import { buildWithPage, ok, packPackages, prepareSite, readmeShows, siteFile, templateFile, timings } from './support/fenceSite.js';
import { quickStarts } from '../../apps/site/src/docs/quickStarts.js';

// A small VitePress site (vitepress-site/: a page with two ```roadmap fences, an outline and
// JSON, linking to a page with a third) built from the packed packages as a writer would:
// @roadmap-graph/markdown-it in markdown.config, the element's script copied into docs/public/
// and loaded from head.

let work: string;
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'roadmap-graph-vitepress-'));
  await packPackages(['core', 'markdown-it', 'element'], work);
  site = await prepareSite('vitepress-site', work, 'docs/public');
  const built = ok(await run(join(site, 'node_modules/.bin/vitepress'), ['build', 'docs'], site, 300_000), 'vitepress build');
  timings['vitepress build'] = built.ms;
  server = await serveStatic(join(site, 'docs/.vitepress/dist'));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  console.log(`vitepress site: ${Object.entries(timings).map(([step, ms]) => `${step} ${Math.round(ms)} ms`).join(', ')}`);
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('roadmap fences in a VitePress site (markdown-it plugin)', () => {
  it('are in the built HTML as <roadmap-graph> with their data, the static picture and the outline; Vue kept the data as written', async () => {
    const html = await checkServedHtml(`${server.url}/`, 2);
    // Vue would drop a <script> from its templates and escape its text; it evaluates {{ }} in text.
    expect(html).toContain('"title":"Deploying {{ 1 + 1 }}"');
    expect(html).toContain('<figcaption>Deploying {{ 1 + 1 }}</figcaption>');
  });

  it('upgrade to maps in Chromium; a click opens a topic on each; no error, nothing fetched from elsewhere', async () => {
    await checkUpgradedMaps(browser, server.url, '/', [
      { index: 0, topicId: 'css', topicTitle: 'CSS' },
      { index: 1, topicId: 'ci', topicTitle: 'Continuous integration' },
    ]);
  });

  it('upgrades on a page the reader reaches through VitePress\'s router (Vue inserts the element, no page load)', async () => {
    await checkUpgradedMaps(browser, server.url, '/', [{ index: 0, topicId: 'branches', topicTitle: 'Branches' }], async (page) => {
      await waitForMapShown(page, 'roadmap-graph');
      await page.evaluate(() => ((window as { before?: boolean }).before = true));
      await page.getByRole('link', { name: 'learning Git' }).click();
      await page.waitForURL(`${server.url}/git.html`);
      await page.getByRole('heading', { name: 'Learning Git' }).waitFor();
      // Still the same document: the router rendered the page, not the browser.
      expect(await page.evaluate(() => (window as { before?: boolean }).before)).toBe(true);
    });
  });

  it('without JavaScript shows the picture in the reader\'s colour scheme, within the column', async () => {
    await checkPictureSchemes(browser, `${server.url}/`);
  });

  it('fails the build on a bad fence with file:line: path: message, the line counted in the file', async () => {
    const bad = siteFile(site, 'docs/index.md').replace('requires=javascript', 'requires=missing');
    const line = bad.split('\n').findIndex((text) => text.includes('requires=missing')) + 1;
    const result = await buildWithPage(site, 'docs/bad.md', bad, [join(site, 'node_modules/.bin/vitepress'), 'build', 'docs']);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`docs/bad.md:${line}: sections[1].topics[1].requires[0]: unknown topic "missing"`);
  });

  it('is built with the config the @roadmap-graph/markdown-it README and the site\'s docs show', () => {
    expect(readmeShows('markdown-it', 'ts', 'vitepress-site', 'docs/.vitepress/config.mts')).toBe(true);
    expect(quickStarts.vitePress).toBe(templateFile('vitepress-site', 'docs/.vitepress/config.mts'));
  });
});
