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

// A small Astro site (astro-site/: one Markdown post with a ```roadmap fence) built from the packed
// packages as a blogger would: @roadmap-graph/rehype in markdown.rehypePlugins, the element's
// script copied into public/. Astro 5, the newest that runs on Node 20 (Astro 6 and 7 need 22.12).

let work: string;
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'roadmap-graph-astro-'));
  await packPackages(['core', 'rehype', 'element'], work);
  site = await prepareSite('astro-site', work, 'public');
  const built = ok(await run(join(site, 'node_modules/.bin/astro'), ['build'], site, 300_000), 'astro build');
  timings['astro build'] = built.ms;
  server = await serveStatic(join(site, 'dist'));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  console.log(`astro site: ${Object.entries(timings).map(([step, ms]) => `${step} ${Math.round(ms)} ms`).join(', ')}`);
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a roadmap fence in an Astro site (rehype plugin)', () => {
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
    const bad = siteFile(site, 'src/pages/index.md').replace('requires=javascript', 'requires=missing');
    const line = bad.split('\n').findIndex((text) => text.includes('requires=missing')) + 1;
    const result = await buildWithPage(site, 'src/pages/bad.md', bad, [join(site, 'node_modules/.bin/astro'), 'build']);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`src/pages/bad.md:${line}: sections[1].topics[1].requires[0]: unknown topic "missing"`);
  });

  it('is built with the config the @roadmap-graph/rehype README and the site\'s docs show', () => {
    expect(readmeShows('rehype', 'js', 'astro-site', 'astro.config.mjs')).toBe(true);
    expect(quickStarts.astro).toBe(templateFile('astro-site', 'astro.config.mjs'));
    expect(templateFile('astro-site', 'src/pages/index.md')).toContain(quickStarts.fence);
  });
});
