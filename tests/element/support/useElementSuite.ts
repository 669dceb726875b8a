import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../support/launchBrowser.js';
import type { StaticServer } from '../../support/serveStatic.js';
import { assertElementBuilt } from './elementPaths.js';
import { serveElement } from './serveElement.js';

/** The browser and the element's server that a test file's tests share. */
export interface ElementSuite {
  readonly browser: Browser;
  /** Serves the element's build, its fixtures, data and the blog (serveElement). */
  readonly server: StaticServer;
}

/**
 * Starts Chromium and the element's server before the calling test file's tests (after checking
 * that the element is built) and closes both after them. Call it at the top of the file; read
 * `browser` and `server` inside tests.
 */
export function useElementSuite(): ElementSuite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    assertElementBuilt();
    server = await serveElement();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started: read it inside a test, after useElementSuite's beforeAll`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'element server');
    },
  };
}
