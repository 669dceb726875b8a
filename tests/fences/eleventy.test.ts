import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../support/run.js';
import { launchBrowser } from '../support/launchBrowser.js';
import { serveStatic, type StaticServer } from '../support/serveStatic.js';
import { checkPictureSchemes, checkServedHtml, checkUpgradedMaps } from './support/checkFencePage.js';
import { buildWithPage, ok, packPackages, prepareSite, readmeShows, siteFile, templateFile, timings } from './support/fenceSite.js';
import { quickStarts } from '../../apps/site/src/docs/quickStarts.js';

// A small Eleventy 3 site (eleventy-site/: one Markdown post with a ```roadmap fence, a Liquid
// layout) built from the packed packages as a blogger would: @roadmap-graph/markdown-it through
// amendLibrary('md'), the element's script copied by the build (addPassthroughCopy).

let work: string;
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'roadmap-graph-eleventy-'));
  await packPackages(['core', 'markdown-it', 'element'], work);
  site = await prepareSite('eleventy-site', work);
  const built = ok(await run(join(site, 'node_modules/.bin/eleventy'), [], site, 300_000), 'eleventy');
  timings.eleventy = built.ms;
  server = await serveStatic(join(site, '_site'));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  console.log(`eleventy site: ${Object.entries(timings).map(([step, ms]) => `${step} ${Math.round(ms)} ms`).join(', ')}`);
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a roadmap fence in an Eleventy site (markdown-it plugin)', () => {
  it('is in the built HTML as <roadmap-graph> with its data, the static picture and the outline', async () => {
    const html = await checkServedHtml(`${server.url}/`, 1);
    expect(html).toContain('<roadmap-graph theme="auto">');
  });

  it('upgrades to the map in Chromium; a click opens a topic; no error, nothing fetched from elsewhere', async () => {
    await checkUpgradedMaps(browser, server.url, '/', [{ index: 0, topicId: 'css', topicTitle: 'CSS' }]);
  });

  it('without JavaScript shows the picture in the reader\'s colour scheme, within the column', async () => {
    await checkPictureSchemes(browser, `${server.url}/`);
  });

  it('fails the build on a bad fence with file:line: path: message, the line counted in the file', async () => {
    const bad = siteFile(site, 'src/index.md').replace('requires=javascript', 'requires=missing');
    const line = bad.split('\n').findIndex((text) => text.includes('requires=missing')) + 1;
    const result = await buildWithPage(site, 'src/bad.md', bad, [join(site, 'node_modules/.bin/eleventy')]);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`src/bad.md:${line}: sections[1].topics[1].requires[0]: unknown topic "missing"`);
  });

  it('is built with the config the @roadmap-graph/markdown-it README and the site\'s docs show', () => {
    expect(readmeShows('markdown-it', 'js', 'eleventy-site', 'eleventy.config.js')).toBe(true);
    expect(quickStarts.eleventy).toBe(templateFile('eleventy-site', 'eleventy.config.js'));
  });
});
