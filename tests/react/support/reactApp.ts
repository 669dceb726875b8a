import type { Browser, Page } from 'playwright-core';
import { buildReactApp } from '../../fixtures/react-app/buildReactApp.js';
import { launchBrowser } from '../../support/launchBrowser.js';
import { serveStatic, type StaticServer } from '../../support/serveStatic.js';
import { TOPIC, waitForMapShown } from '../../support/waitForMapShown.js';

export { TOPIC, waitForMapShown };

/** The built fixture app, served on 127.0.0.1, and a Chromium to open it in. */
export interface ReactApp {
  server: StaticServer;
  browser: Browser;
  /** Opens the app at `path` (e.g. `?theme=dark#topic=flask`), recording what goes wrong. */
  open(path?: string, options?: OpenOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Options of {@link ReactApp.open}. */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  /**
   * Wait for this selector to be visible before returning (for the default, the topics, also
   * until the map is shown at its start view); `null` to return at once.
   */
  waitFor?: string | null;
  /** Called with the page before it navigates, e.g. to listen for workers. */
  before?: (page: Page) => void;
  /**
   * Emulate a reader who asked for reduced motion: the map then jumps instead of gliding, so a
   * screenshot or a geometry check right after a pan sees where it ends.
   */
  reducedMotion?: boolean;
}

/** A page of the app and the problems seen on it so far. */
export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests, HTTP errors, requests off 127.0.0.1. */
  problems: string[];
}


/**
 * Builds the fixture app into `outDir` (timed and logged under `label`), serves it and starts
 * Chromium: the `beforeAll` of every browser test of the React package.
 */
export async function startReactApp(outDir: string, label: string): Promise<ReactApp> {
  const { viteMs, bakeMs } = await buildReactApp(outDir);
  console.log(`${label}: fixture app vite build ${Math.round(viteMs)} ms, 1,000-topic roadmap baked in ${Math.round(bakeMs)} ms`);
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async open(path = '', { viewport = { width: 1280, height: 800 }, waitFor = TOPIC, before, reducedMotion = false } = {}) {
      const context = await browser.newContext({ viewport, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
      const page = await context.newPage();
      // Each page has a context of its own (its own storage); it goes with the page.
      page.on('close', () => void context.close().catch(() => undefined));
      const problems = watch(page, server.url);
      before?.(page);
      await page.goto(`${server.url}/${path}`);
      if (waitFor) await page.waitForSelector(waitFor, { state: 'visible' });
      if (waitFor === TOPIC) await waitForMapShown(page);
      return { page, problems };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`) && !/^(data|blob):/.test(request.url())) problems.push(`outside request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
