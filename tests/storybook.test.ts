import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildStorybook } from './support/buildStorybook.js';
import { launchBrowser } from './support/launchBrowser.js';
import { serveStatic, type StaticServer } from './support/serveStatic.js';
import { TOPIC } from './support/waitForMapShown.js';

// Builds the Storybook of stories/ (from the packages' sources) and opens every story's iframe
// in Chromium, as `pnpm build-storybook` output served by a static host: each must show what
// it is about, with no console error, no failed or outside request.
const OUT = new URL('../test-output/storybook-static/', import.meta.url).pathname;
const SHOTS = new URL('../test-output/screenshots/storybook/', import.meta.url);

interface PythonTopic {
  title: string;
  topics?: PythonTopic[];
}
const python = JSON.parse(readFileSync(new URL('../data/python-backend.roadmap.json', import.meta.url), 'utf8')) as {
  sections: { title: string; topics: PythonTopic[] }[];
};
const countTopics = (topics: PythonTopic[]): number =>
  topics.reduce((sum, topic) => sum + 1 + countTopics(topic.topics ?? []), 0);
const PYTHON_TOPICS = python.sections.reduce((sum, section) => sum + countTopics(section.topics), 0);
const SECTION_TITLES = python.sections.map((section) => section.title);

/** Stories this file checks; a story added to stories/ without a check here fails the last test. */
const CHECKED = [
  'roadmapgraph--python-roadmap',
  'roadmapgraph--dark',
  'roadmapgraph--with-progress',
  'roadmapgraph--search-active',
  'roadmapgraph--thousand-topics',
  'roadmapgraph--invalid-roadmap',
  'roadmapgraph--phone',
  'roadmapgraph--outline-toggle',
  'roadmapoutline--outline',
];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const ms = await buildStorybook(OUT);
  console.log(`storybook build: ${Math.round(ms)} ms`);
  server = await serveStatic(OUT);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a story's iframe and collects everything that went wrong on the page. */
async function openStory(id: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !/^(data|blob):/.test(request.url())) problems.push(`outside request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`);
  return { page, problems };
}

async function finish(page: Page, name: string, problems: string[]): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname });
  await page.close();
  expect(problems).toEqual([]);
}

const topicButtons = (page: Page) => page.locator(TOPIC);

describe('Storybook stories in Chromium', () => {
  it('Python roadmap: the map shows every topic', async () => {
    const { page, problems } = await openStory('roadmapgraph--python-roadmap');
    await page.getByRole('button', { name: /^Flask, intermediate/ }).waitFor();
    expect(await topicButtons(page).count()).toBe(PYTHON_TOPICS);
    expect(await page.locator('.rg-root').getAttribute('data-theme')).toBe('light');
    await finish(page, 'python-roadmap', problems);
  });

  it('Dark: the map is drawn on a dark background', async () => {
    const { page, problems } = await openStory('roadmapgraph--dark');
    await page.getByRole('button', { name: /^Flask, intermediate/ }).waitFor();
    const background = await page.locator('.rg-root').evaluate((root) => getComputedStyle(root).backgroundColor);
    const [r, g, b] = (background.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    expect(Math.max(r ?? 255, g ?? 255, b ?? 255), background).toBeLessThan(80);
    await finish(page, 'dark', problems);
  });

  it('With progress: topics carry their done, in-progress and skipped states', async () => {
    const { page, problems } = await openStory('roadmapgraph--with-progress');
    await page.getByRole('button', { name: /^Flask, intermediate/ }).waitFor();
    const labels = await topicButtons(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const withState = (state: string) => labels.filter((label) => label.split(', ').includes(state)).length;
    expect(withState('done')).toBe(15);
    expect(withState('in progress')).toBe(3);
    expect(withState('skipped')).toBe(2);
    expect(Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await finish(page, 'with-progress', problems);
  });

  it('Search active: the typed query lights its matches, one of them current, and lists them', async () => {
    const { page, problems } = await openStory('roadmapgraph--search-active');
    const search = page.getByRole('combobox', { name: 'Search topics' });
    // The story's play function types the query; wait until it has typed all of it.
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('[role=search] input')?.value === 'flask' &&
        /^1 of \d+$/.test(document.querySelector('[role=search] [role=status]')?.textContent ?? ''),
    );
    expect(await search.inputValue()).toBe('flask');
    const status = await page.locator('[role=search] [role=status]').textContent();
    const total = Number(status?.match(/of (\d+)/)?.[1]);
    const labels = await topicButtons(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    expect(labels.filter((label) => label.endsWith(', search match') || label.endsWith(', current search match'))).toHaveLength(total);
    expect(labels.filter((label) => label.endsWith(', current search match'))).toHaveLength(1);
    expect(await page.getByRole('listbox', { name: 'Matching topics' }).getByRole('option').count()).toBe(total);
    await finish(page, 'search-active', problems);
  });

  it('1,000 topics: the layout worker lays out the whole roadmap', async () => {
    const started = Date.now();
    const { page, problems } = await openStory('roadmapgraph--thousand-topics');
    // The map shows once the worker has laid out the whole roadmap; on a map this large only the
    // topics in view are mounted, and the overview draws all of them.
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length > 0, TOPIC, { timeout: 45_000 });
    await expect.poll(() => page.getByRole('img', { name: 'Overview of the whole roadmap' }).isVisible()).toBe(true);
    expect(await topicButtons(page).count()).toBeLessThan(1000);
    console.log(`1,000-topic story: map after ${Date.now() - started} ms (layout in the worker included)`);
    await finish(page, 'thousand-topics', problems);
  }, 60_000);

  it('Invalid roadmap: every problem is listed with its path', async () => {
    const { page, problems } = await openStory('roadmapgraph--invalid-roadmap');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const items = await alert.getByRole('listitem').allTextContents();
    for (const path of [
      'id',
      'sections[0].topics[1].id',
      'sections[0].topics[2].title',
      'sections[0].topics[2].requires[0]',
      'sections[1].topics[0].level',
      'sections[1].topics[0].resources[0].url',
    ]) {
      expect(items.some((item) => item.startsWith(`${path}:`) || item.startsWith(`${path} :`)), path).toBe(true);
    }
    expect(await topicButtons(page).count()).toBe(0);
    await finish(page, 'invalid-roadmap', problems);
  });

  it('Phone (375 px): the open topic panel covers the whole width, nothing scrolls sideways', async () => {
    const { page, problems } = await openStory('roadmapgraph--phone', { width: 375, height: 667 });
    const panel = page.getByRole('region', { name: 'Flask' });
    await panel.waitFor();
    const box = await panel.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(370);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await finish(page, 'phone', problems);
  });

  it('Outline toggle: the map gives way to a document with a heading per section', async () => {
    const { page, problems } = await openStory('roadmapgraph--outline-toggle');
    await page.getByRole('button', { name: 'Outline', pressed: true }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(SECTION_TITLES);
    expect(await topicButtons(page).count()).toBe(0);
    await finish(page, 'outline-toggle', problems);
  });

  it('Outline: headings per section, resource links that open safely in a new tab', async () => {
    const { page, problems } = await openStory('roadmapoutline--outline');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(SECTION_TITLES);
    const links = await page.locator('.rg-outline a[href^="http"]').evaluateAll((anchors) =>
      anchors.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`),
    );
    expect(links.length).toBeGreaterThan(50);
    expect(new Set(links)).toEqual(new Set(['_blank noopener noreferrer']));
    await finish(page, 'outline', problems);
  });

  it('every story in the build is checked here', () => {
    const index = JSON.parse(readFileSync(`${OUT}/index.json`, 'utf8')) as { entries: Record<string, { type: string }> };
    const stories = Object.entries(index.entries)
      .filter(([, entry]) => entry.type === 'story')
      .map(([id]) => id);
    expect(stories.sort()).toEqual([...CHECKED].sort());
  });
});
