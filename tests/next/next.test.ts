import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, packPackages, prepareSite, readmeShows, timings } from '../fences/support/fenceSite.js';
import { pythonRoadmap } from '../react/support/pythonRoadmap.js';
import { run } from '../support/run.js';
import { launchBrowser } from '../support/launchBrowser.js';
import { TOPIC, waitForMapShown } from '../support/waitForMapShown.js';
import { startNext, type NextServer } from './support/startNext.js';

// A Next.js App Router app (next-app/) built from the packed packages as a user would install
// them: its page is a Server Component that renders RoadmapStatic (@roadmap-graph/react/server)
// and the client <RoadmapGraph>, its /outline page RoadmapStatic alone. `next build` prerenders
// both (without 'use client' in the package it failed there: useState is not a function), then
// `next start` serves them to Chromium. Nothing is fetched at run time; telemetry is off.
process.env.NEXT_TELEMETRY_DISABLED = '1';

const ROOT = new URL('../../', import.meta.url).pathname;
const TEMPLATE = '../next/next-app'; // prepareSite and readmeShows read templates beside tests/fences.
const { graph, topicIds } = pythonRoadmap();
const titles = [...graph.nodes.values()].map((node) => node.title);

let work: string;
let site: string;
let server: NextServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'roadmap-graph-next-'));
  await packPackages(['core', 'react'], work);
  site = await prepareSite(TEMPLATE, work);
  cpSync(join(ROOT, 'data/python-backend.roadmap.json'), join(site, 'app/python-backend.roadmap.json'));
  // The one slow step (about a minute on a busy 2-core machine): a generous deadline.
  const built = ok(await run(join(site, 'node_modules/.bin/next'), ['build'], site, 600_000), 'next build');
  timings['next build'] = built.ms;
  server = await startNext(site);
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  console.log(`next app: ${Object.entries(timings).map(([step, ms]) => `${step} ${Math.round(ms)} ms`).join(', ')}`);
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The HTML a visitor's browser receives first, without the scripts (the RSC payload repeats the data there). */
async function servedMarkup(path: string): Promise<string> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
}

/** The escaping React applies to text. */
function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#x27;');
}

/** Opens a page, recording console errors and warnings, uncaught errors, failed and outside requests. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(`${server.url}/`) && !/^(data|blob):/.test(request.url())) problems.push(`outside: ${request.url()}`);
  });
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

describe('a Next.js App Router app with the packed packages', () => {
  it('next build prerenders both pages as static HTML', () => {
    expect(existsSync(join(site, '.next/server/app/index.html'))).toBe(true);
    expect(existsSync(join(site, '.next/server/app/outline.html'))).toBe(true);
  });

  it('serves the static picture and the outline in the HTML itself, every title as text', async () => {
    const html = await servedMarkup('/');
    const picture = /<figure class="rg-static__picture"><svg [\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(picture).toMatch(/^<figure class="rg-static__picture"><svg [^>]*role="img"/);
    // The outline is the map's server render (RoadmapGraph shows it until it hydrates).
    const outline = html.slice(html.indexOf('<div class="rg-outline"'));
    expect(outline).not.toBe(html);
    for (const title of titles) {
      expect(picture, title).toContain(`<title>${escaped(title)}`);
      expect(outline, title).toContain(escaped(title));
    }
    const textOnly = await servedMarkup('/outline');
    expect(textOnly).toContain('<div class="rg-root rg-static" data-theme="auto"><div class="rg-outline"');
    expect(textOnly).not.toContain('<svg');
    for (const title of titles) expect(textOnly, title).toContain(escaped(title));
  });

  it('hydrates the map in Chromium; a click opens the topic; no console error, no hydration warning', async () => {
    const { page, problems } = await open('/');
    await page.waitForSelector(TOPIC, { state: 'visible', timeout: 30_000 });
    expect(await page.locator(TOPIC).count()).toBe(topicIds.length);
    await waitForMapShown(page);
    await page.locator(`${TOPIC}[data-topic-id="docker"]`).click();
    await expect.poll(() => page.getByRole('region', { name: 'Docker' }).count()).toBe(1);
    // The picture stays, drawn within the page's width.
    const box = await page.locator('figure.rg-static__picture svg').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.width).toBeLessThanOrEqual(1280);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('ships none of the package as JavaScript for the page that only renders RoadmapStatic', async () => {
    const { page, problems } = await open('/outline');
    await page.getByRole('heading', { name: 'Learn Python Fundamentals' }).waitFor();
    const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const code = await (await fetch(src)).text();
      // Class names of the outline and of React Flow: only in the package's code.
      expect(code, src).not.toMatch(/rg-outline__summary|react-flow__node/);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('is the page the @roadmap-graph/react README shows', () => {
    expect(readmeShows('react', 'jsx', TEMPLATE, 'app/page.jsx')).toBe(true);
  });
});
