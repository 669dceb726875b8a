import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.js';
import type { StaticServer } from '../support/serveStatic.js';
import { assertElementBuilt, copyClassicScriptWithHangingWorkers, PATHS } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { recordedEvents } from './support/shadow.js';
import { watchPage, type PageWatch } from './support/watchPage.js';

// Errors never escape the element: a 404, a network failure, invalid JSON, schema errors, an
// unreadable Markdown outline and a layout that runs out of time each end in a readable error
// box inside the element and an `error` event, never in an uncaught exception or rejection.

const shot = (name: string): string => `${PATHS.screenshots}/${name}.png`;

let browser: Browser;
let server: StaticServer;
let hangDir: string;

beforeAll(async () => {
  assertElementBuilt();
  mkdirSync(PATHS.screenshots, { recursive: true });
  hangDir = mkdtempSync(join(tmpdir(), 'rg-element-hang-'));
  copyClassicScriptWithHangingWorkers(hangDir);
  server = await serveElement({ extra: { '/hang': hangDir } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(hangDir, { recursive: true, force: true });
});

async function open(path: string, expected: string[] = []): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const watch = watchPage(page, expected);
  await page.goto(`${server.url}/${path}`);
  return { page, watch };
}

/** The error box of an element: its heading and each listed problem. */
function errorBox(page: Page, host: string): Promise<{ role: string | null; heading: string; items: string[] } | null> {
  return page.locator(host).evaluate((element) => {
    const box = element.shadowRoot?.querySelector('[part="error"]');
    if (!box) return null;
    return {
      role: box.getAttribute('role'),
      heading: box.querySelector('h2')?.textContent ?? '',
      items: [...box.querySelectorAll('li')].map((item) => item.textContent ?? ''),
    };
  });
}

describe('loading errors', () => {
  it('show a readable error box and an error event for each way loading can fail, and nothing escapes', async () => {
    const { page, watch } = await open('errors.html', ['does-not-exist.roadmap.json', '127.0.0.1:9/']);
    const hosts = ['#missing', '#not-json', '#invalid', '#offline', '#inline-bad-json', '#empty-markdown'];
    for (const host of hosts) {
      await page.locator(host).scrollIntoViewIfNeeded();
      await expect.poll(() => errorBox(page, host), { timeout: 15_000 }).not.toBeNull();
    }
    const boxes = Object.fromEntries(await Promise.all(hosts.map(async (host) => [host, await errorBox(page, host)] as const)));

    expect(boxes['#missing']).toMatchObject({ role: 'alert', heading: 'The roadmap could not be shown' });
    expect(boxes['#missing']!.items).toEqual([
      expect.stringMatching(/^src: could not load http:\/\/127\.0\.0\.1:\d+\/does-not-exist\.roadmap\.json: the server answered HTTP 404/),
    ]);
    expect(boxes['#not-json']!.items).toEqual([expect.stringMatching(/^src: http:.*\/not-json\.json is not valid JSON: /)]);
    // Schema errors: every problem with its path.
    expect(boxes['#invalid']!.heading).toMatch(/problems in this roadmap/);
    expect(boxes['#invalid']!.items.join('\n')).toMatch(/^id: /m);
    expect(boxes['#invalid']!.items.join('\n')).toMatch(/^title: /m);
    expect(boxes['#invalid']!.items.join('\n')).toMatch(/nowhere/);
    expect(boxes['#offline']!.items).toEqual([expect.stringMatching(/^src: could not load http:\/\/127\.0\.0\.1:9\/unreachable\.roadmap\.json: the network request failed/)]);
    expect(boxes['#inline-bad-json']!.items).toEqual([expect.stringMatching(/^script: the roadmap inside the element is not valid JSON/)]);
    expect(boxes['#empty-markdown']!.items.length).toBeGreaterThan(0);

    // No source at all is not an error: the element says what it waits for.
    await page.locator('#nothing').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('#nothing').evaluate((host) => host.shadowRoot!.querySelector('[role="status"]')?.textContent ?? ''))
      .toMatch(/^No roadmap to show yet: give this element a src attribute/);

    const errors = (await recordedEvents(page)).filter((event) => event.type === 'error');
    expect(errors.map((event) => event.target).sort()).toEqual(hosts.map((host) => host.slice(1)).sort());
    for (const event of errors) {
      // Like a native element's error: heard on the element (here: captured), never on window.
      expect([event.bubbles, event.composed]).toEqual([false, false]);
      expect(event.message).toMatch(/^The roadmap could not be shown: /);
      expect(event.paths!.length).toBeGreaterThan(0);
    }
    expect(errors.find((event) => event.target === 'invalid')!.paths).toEqual(expect.arrayContaining(['id', 'title']));
    await page.screenshot({ path: shot('errors'), fullPage: true });
    await page.close();
    expect(watch.problems).toEqual([]);
  });

  it('stops a layout that runs past its deadline and says so', async () => {
    const { page, watch } = await open('hang.html?timeout=1500');
    for (const host of ['#json', '#markdown']) {
      await expect.poll(() => errorBox(page, host), { timeout: 10_000 }).not.toBeNull();
    }
    expect((await errorBox(page, '#json'))!.items).toEqual([
      'layout: could not compute the layout: it took longer than 1.5 s and was stopped. A roadmap file with a baked layout (roadmap-graph layout) needs no work in the browser',
    ]);
    expect((await errorBox(page, '#markdown'))!.items).toEqual([expect.stringMatching(/^script: could not read the Markdown outline: it took longer than 1\.5 s/)]);
    const spy = await page.evaluate(() => ({ ...(window as unknown as { __spy: { workers: number; terminated: number } }).__spy }));
    expect(spy.workers).toBe(2);
    expect(spy.terminated).toBe(2);
    const errors = (await recordedEvents(page)).filter((event) => event.type === 'error');
    expect(errors.map((event) => [event.target, event.paths])).toEqual(
      expect.arrayContaining([
        ['json', ['layout']],
        ['markdown', ['script']],
      ]),
    );
    await page.locator('#json').screenshot({ path: shot('layout-timeout') });
    await page.close();
    expect(watch.problems).toEqual([]);
  });
});
