import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite } from './buildSite.js';
import { launchBrowser } from '../support/launchBrowser.js';
import { serveStatic, type StaticServer } from '../support/serveStatic.js';
import { TOPIC } from '../support/waitForMapShown.js';

/** Where the site tests build the site, and where their screenshots go. */
export const SITE_OUT = new URL('../../test-output/site-dist/', import.meta.url).pathname;
export const SHOTS = new URL('../../test-output/screenshots/site/', import.meta.url).pathname;

/** Viewports of the screenshots: a laptop and a phone. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** The built site on a static server, and a Chromium. */
export interface SiteHarness {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the site, serves it on a free loopback port and starts Chromium. */
export async function startSite(headers?: Record<string, string>): Promise<SiteHarness> {
  const ms = await buildSite(SITE_OUT);
  console.log(`site build: ${Math.round(ms)} ms`);
  const server = await serveStatic(SITE_OUT, headers ? { headers } : {});
  const browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Options of {@link openPage}. */
export interface OpenOptions {
  /** The system colour scheme the page sees (the site's theme is `auto` until the reader picks one). */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Origins besides the site's that the page may load from (a second test server). */
  allowedOrigins?: string[];
  /** Emulate a reader who asked for reduced motion: pans jump, so a screenshot shows where they end. */
  reducedMotion?: boolean;
}

/** A page in its own browser context, with everything that went wrong on it. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions, failed or outside requests, HTTP errors. */
  problems: string[];
}

/** Opens `url` in a fresh context (fresh storage) and collects the page's problems. */
export async function openPage(harness: SiteHarness, url: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await harness.browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  const page = await context.newPage();
  const allowed = [harness.server.url, ...(options.allowedOrigins ?? [])];
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A download or a page left mid-request is not a failure of the site.
    if (!/ERR_ABORTED/.test(request.failure()?.errorText ?? '')) problems.push(`failed: ${request.url()}`);
  });
  page.on('request', (request) => {
    const target = request.url();
    if (!allowed.some((origin) => target.startsWith(origin)) && !/^(data|blob):/.test(target)) problems.push(`outside request: ${target}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return { context, page, problems };
}

/** Saves a screenshot of the page as test-output/screenshots/site/<name>.png. */
export async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage });
}

interface TopicData {
  id: string;
  title: string;
  topics?: TopicData[];
}

/** The Python roadmap's data, to check the pages against. */
export const PYTHON = JSON.parse(readFileSync(new URL('../../data/python-backend.roadmap.json', import.meta.url), 'utf8')) as {
  id: string;
  title: string;
  sections: { id: string; title: string; topics: TopicData[] }[];
};

const countTopics = (topics: TopicData[]): number => topics.reduce((sum, topic) => sum + 1 + countTopics(topic.topics ?? []), 0);

/** How many topics and subtopics the Python roadmap has (one map button each). */
export const PYTHON_TOPICS = PYTHON.sections.reduce((sum, section) => sum + countTopics(section.topics), 0);

/** The topic buttons of a map (React Flow nodes), in the page or in a shadow root. */
export const TOPIC_BUTTONS = TOPIC;
