import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.js';
import type { StaticServer } from '../support/serveStatic.js';
import { assertElementBuilt, PATHS } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { recordedEvents, waitForMap } from './support/shadow.js';
import { watchPage } from './support/watchPage.js';

// Roadmap data is untrusted: the classic payloads in titles, descriptions, tags, resource titles
// and URLs, in JSON, Markdown and inline data, on a page without a CSP to catch them. Every one
// sets window.__pwned when it runs; it must stay unset after the reader has opened everything.

const shot = (name: string): string => `${PATHS.screenshots}/${name}.png`;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertElementBuilt();
  mkdirSync(PATHS.screenshots, { recursive: true });
  server = await serveElement();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Opens every topic of a map, then the outline, as a curious reader would. */
async function visitEverything(page: Page, host: string): Promise<void> {
  await waitForMap(page, host);
  const ids = await page.locator(`${host} .react-flow__node button[data-topic-id]`).evaluateAll((buttons) =>
    buttons.map((button) => (button as HTMLElement).dataset.topicId!),
  );
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    await page.locator(`${host} button[data-topic-id="${id}"]`).click();
    await page.locator(`${host} .rg-panel`).waitFor();
    // Hover and focus the panel's links, where onmouseover / onfocus payloads would fire.
    for (const link of await page.locator(`${host} .rg-panel a`).all()) await link.hover();
  }
  await page.locator(`${host} .rg-toolbar`).getByRole('button', { name: 'Outline' }).click();
  await page.locator(`${host} .rg-outline`).waitFor();
  for (const link of await page.locator(`${host} .rg-outline a`).all()) await link.hover();
}

/** Everything in a shadow root that could run script: event handler attributes, script-ish elements, bad link targets. */
function dangerousNodes(page: Page, host: string): Promise<string[]> {
  return page.locator(host).evaluate((element) => {
    const found: string[] = [];
    for (const node of element.shadowRoot!.querySelectorAll('*')) {
      for (const attribute of node.getAttributeNames()) {
        if (attribute.startsWith('on')) found.push(`${node.localName}[${attribute}]`);
      }
      if (['script', 'iframe', 'img', 'object', 'embed', 'foreignobject'].includes(node.localName)) found.push(node.localName);
      for (const name of ['href', 'src', 'xlink:href', 'action', 'formaction']) {
        const value = node.getAttribute(name);
        if (value !== null && /^\s*(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${node.localName}[${name}=${value}]`);
      }
    }
    return found;
  });
}

describe('untrusted roadmap data', () => {
  it('renders every payload as text and runs none of them', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const watch = watchPage(page);
    await page.goto(`${server.url}/xss.html#topic=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3Dtrue%3E`);

    await waitForMap(page, '#json');
    // The payloads are on screen as the text they are.
    const label = await page.locator('#json button[data-topic-id="img-title"]').getAttribute('aria-label');
    expect(label ?? '').toContain('<img src=x onerror="window.__pwned=true">');
    expect(await page.locator('#json button[data-topic-id="img-title"]').textContent()).toContain('<img src=x onerror="window.__pwned=true">');
    await visitEverything(page, '#json');
    expect(await page.locator('#json .rg-outline').textContent()).toContain('"><svg onload=window.__pwned=true>');
    await page.locator('#json').screenshot({ path: shot('xss-json') });

    await page.locator('#markdown').scrollIntoViewIfNeeded();
    await visitEverything(page, '#markdown');
    await page.locator('#inline').scrollIntoViewIfNeeded();
    await visitEverything(page, '#inline');
    await page.locator('#inline').screenshot({ path: shot('xss-inline') });

    // Only allowed schemes became links; the rest stayed text.
    for (const host of ['#json', '#markdown', '#inline']) {
      expect(await dangerousNodes(page, host), host).toEqual([]);
      const hrefs = await page.locator(host).evaluate((element) =>
        [...element.shadowRoot!.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')!),
      );
      for (const href of hrefs) expect(href, host).toMatch(/^(https?:|mailto:|\/|#)/);
    }

    // A resource URL with a forbidden scheme, and a javascript: src, are refused outright.
    await page.locator('#bad-url').scrollIntoViewIfNeeded();
    await page.locator('#js-src').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#bad-url [part="error"]').count()).toBe(1);
    await expect.poll(() => page.locator('#js-src [part="error"]').count()).toBe(1);
    expect(await page.locator('#bad-url [part="error"]').textContent()).toMatch(/URL scheme "(javascript|data):" not allowed/);
    const errors = (await recordedEvents(page)).filter((event) => event.type === 'error').map((event) => event.target);
    expect(errors.sort()).toEqual(['bad-url', 'js-src']);

    // No payload ran; none can run later either: no element that loads or runs anything and no
    // event-handler attribute exists in any shadow root (dangerousNodes above).
    expect(await pwned(page)).toBeUndefined();
    // An <img src=x> that became markup would have requested /x.
    expect(watch.requests.filter((url) => /\/x$/.test(url))).toEqual([]);
    await page.close();
    expect(watch.problems.filter((problem) => !problem.includes('javascript:'))).toEqual([]);
  });

  it('refuses payloads set through the roadmap property too', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}/xss.html`);
    await page.evaluate(async () => {
      const probe = await (await fetch('xss.roadmap.json')).json();
      const element = document.createElement('roadmap-graph') as HTMLElement & { roadmap: unknown };
      element.id = 'property';
      element.setAttribute('height', '400');
      document.body.prepend(element);
      element.roadmap = probe;
    });
    await visitEverything(page, '#property');
    expect(await dangerousNodes(page, '#property')).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
    expect(watch.problems.filter((problem) => !problem.includes('javascript:'))).toEqual([]);
  });
});
