import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.js';
import type { StaticServer } from '../support/serveStatic.js';
import { assertElementBuilt, copyClassicScriptWithHangingWorkers, PATHS } from './support/elementPaths.js';
import { serveElement } from './support/serveElement.js';
import { panel, recordedEvents, topicButton, waitForMap } from './support/shadow.js';
import { watchPage, type PageWatch } from './support/watchPage.js';

// <roadmap-graph> as a guest on someone else's page: the page's CSS does not get in, its own
// CSS does not get out, theming works through the documented hooks, several maps are
// independent, moving keeps state, removing cleans up, and nothing renders before it is needed.

const shot = (name: string): string => `${PATHS.screenshots}/${name}.png`;

let browser: Browser;
let server: StaticServer;
let hangDir: string;

beforeAll(async () => {
  assertElementBuilt();
  mkdirSync(PATHS.screenshots, { recursive: true });
  // The real element beside a worker that never answers: a layout that is still running.
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

// Reduced motion: the pan to an opened topic jumps, so styles and screenshots show where it ends.
async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${server.url}/${path}`);
  return { page, watch };
}

async function finish(page: Page, watch: PageWatch): Promise<void> {
  await page.context().close();
  expect(watch.problems).toEqual([]);
}

/** Computed styles of elements inside the map that a host page could try to change. */
function insideStyles(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.locator('#map').evaluate((host) => {
    const root = host.shadowRoot!;
    const picks: Record<string, Element | null> = {
      frame: root.querySelector('.rg-element'),
      root: root.querySelector('.rg-root'),
      toolbarButton: root.querySelector('.rg-toolbar__button'),
      search: root.querySelector('.rg-toolbar input'),
      topic: root.querySelector('button[data-topic-id="python-syntax"]'),
      sectionTitle: root.querySelector('.rg-section__title'),
      edge: root.querySelector('.react-flow__edge path'),
      edgeSvg: root.querySelector('.react-flow__edges svg, svg.react-flow__edges, .react-flow__edge')?.closest('svg') ?? null,
      panelHeading: root.querySelector('.rg-panel h2'),
      panelLink: root.querySelector('.rg-panel a'),
      panel: root.querySelector('.rg-panel'),
    };
    const properties = [
      'display', 'visibility', 'font-family', 'font-size', 'line-height', 'letter-spacing', 'text-transform', 'text-align',
      'color', 'background-color', 'padding-top', 'padding-left', 'border-top-style', 'border-top-width', 'text-decoration-line',
      'width', 'height',
    ];
    const out: Record<string, Record<string, string>> = {};
    for (const [name, element] of Object.entries(picks)) {
      if (!element) {
        out[name] = { missing: 'true' };
        continue;
      }
      const style = getComputedStyle(element);
      out[name] = Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
    }
    return out;
  });
}

async function openFlaskPanel(page: Page): Promise<void> {
  await waitForMap(page, '#map');
  await topicButton(page, '#map', 'python-syntax').click();
  await panel(page, '#map').waitFor();
}

describe('a hostile host page', () => {
  it('does not change how the map looks, and theming goes through --rg-* properties and ::part()', async () => {
    const plain = await open('plain.html');
    await openFlaskPanel(plain.page);
    const expected = await insideStyles(plain.page);
    await plain.page.locator('#map').screenshot({ path: shot('plain-host') });
    await finish(plain.page, plain.watch);

    const { page, watch } = await open('hostile.html');
    await openFlaskPanel(page);
    const actual = await insideStyles(page);
    await page.screenshot({ path: shot('hostile-host'), fullPage: true });

    // The page's `roadmap-graph { --rg-section-bg }` and `::part(toolbar)` apply on purpose.
    expect(expected.root!.display).toBe('flex');
    expect(actual.edge!.display).not.toBe('none');
    expect(actual.edgeSvg!.display).not.toBe('none');
    for (const name of Object.keys(expected)) {
      expect(actual[name], name).toEqual(expected[name]);
    }
    const themed = await page.locator('#map').evaluate((host) => {
      const root = host.shadowRoot!;
      return {
        accent: getComputedStyle(root.querySelector('.rg-root')!).getPropertyValue('--rg-accent').trim(),
        section: getComputedStyle(root.querySelector('.rg-section')!).backgroundColor,
        toolbar: getComputedStyle(root.querySelector('[part="toolbar"]')!).backgroundColor,
      };
    });
    expect(themed).toEqual({ accent: 'rgb(255, 0, 0)', section: 'rgb(240, 248, 255)', toolbar: 'rgb(1, 2, 3)' });
    // The accent shows where the theme uses it: the pressed outline toggle.
    await page.locator('#map .rg-toolbar').getByRole('button', { name: 'Outline' }).click();
    await page.mouse.move(0, 0);
    const pressed = page.locator('#map .rg-toolbar button[aria-pressed="true"]');
    expect(await pressed.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(255, 0, 0)');
    await finish(page, watch);
  });

  it('keeps its own CSS inside: the page and look-alike class names outside are untouched', async () => {
    const { page, watch } = await open('hostile.html');
    await waitForMap(page, '#map');
    const outside = await page.evaluate(() => {
      const style = (id: string) => getComputedStyle(document.getElementById(id)!);
      return {
        headStyles: document.querySelectorAll('head style, body > style').length,
        documentSheets: document.adoptedStyleSheets.length,
        rootPosition: style('outside-root').position,
        rootBorder: style('outside-root').borderTopStyle,
        panePosition: style('outside-pane').position,
        paneZ: style('outside-pane').zIndex,
        buttonPadding: style('outside-button').paddingTop,
        hiddenPosition: style('outside-hidden').position,
        bodyFont: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(outside).toEqual({
      headStyles: 0,
      documentSheets: 0,
      rootPosition: 'static',
      rootBorder: 'dashed',
      panePosition: 'static',
      paneZ: 'auto',
      buttonPadding: '20px',
      hiddenPosition: 'static',
      bodyFont: '"Comic Sans MS", cursive',
    });
    await finish(page, watch);
  });
});

describe('styles', () => {
  it('fall back to a <style> carrying the script tag nonce where adoptedStyleSheets is missing', async () => {
    const csp = "default-src 'self'; script-src 'self' 'nonce-rg-test-nonce'; style-src 'self' 'nonce-rg-test-nonce'; img-src data:";
    const nonceServer = await serveElement({ headers: { 'content-security-policy': csp } });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      // An older browser: no constructable style sheets on shadow roots.
      delete (ShadowRoot.prototype as Partial<ShadowRoot>).adoptedStyleSheets;
    });
    const watch = watchPage(page);
    await page.goto(`${nonceServer.url}/nonce.html`);
    await waitForMap(page, '#map');
    const styled = await page.locator('#map').evaluate((host) => {
      const style = host.shadowRoot!.querySelector('style');
      return {
        nonce: style?.nonce,
        rootDisplay: getComputedStyle(host.shadowRoot!.querySelector('.rg-root')!).display,
        topicBorder: getComputedStyle(host.shadowRoot!.querySelector('.rg-topic')!).borderTopStyle,
      };
    });
    expect(styled).toEqual({ nonce: 'rg-test-nonce', rootDisplay: 'flex', topicBorder: 'solid' });
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await finish(page, watch);
    await nonceServer.close();
  });

  it('follow the reader’s colour scheme with theme="auto" (the default)', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}/lazy.html`);
    await page.locator('#below').scrollIntoViewIfNeeded();
    await waitForMap(page, '#below');
    const background = () => page.locator('#below').evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.rg-root')!).backgroundColor);
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await finish(page, watch);
  });

  it('follow the page’s own theme toggle with theme="auto", live: data-theme or a dark class on <html> or <body>', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}/lazy.html`);
    await page.locator('#below').scrollIntoViewIfNeeded();
    await waitForMap(page, '#below');
    const background = () => page.locator('#below').evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.rg-root')!).backgroundColor);
    const setPage = (script: string) => page.evaluate(script);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await setPage(`document.documentElement.setAttribute('data-theme', 'dark')`);
    await expect.poll(background).toBe('rgb(13, 17, 23)');
    // The page's choice wins over the reader's system setting, both ways.
    await page.emulateMedia({ colorScheme: 'dark' });
    await setPage(`document.documentElement.setAttribute('data-theme', 'light')`);
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    // No choice on the page: the system setting again.
    await setPage(`document.documentElement.removeAttribute('data-theme')`);
    await expect.poll(background).toBe('rgb(13, 17, 23)');
    await page.emulateMedia({ colorScheme: 'light' });
    await setPage(`document.body.classList.add('dark')`);
    await expect.poll(background).toBe('rgb(13, 17, 23)');
    // A map with theme="light" keeps it, whatever the page says.
    await page.locator('#below').evaluate((host) => host.setAttribute('theme', 'light'));
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await finish(page, watch);
  });
});

describe('several maps on one page', () => {
  it('stay independent, and loading the scripts twice (IIFE and ES module) is harmless', async () => {
    const { page, watch } = await open('two-maps.html');
    await waitForMap(page, '#first');
    await waitForMap(page, '#second');
    await page.locator('#third').scrollIntoViewIfNeeded();
    await waitForMap(page, '#third');

    await topicButton(page, '#first', 'oop').click();
    await panel(page, '#first').getByRole('button', { name: 'Done' }).click();
    expect(await panel(page, '#second').count()).toBe(0);
    expect(await page.locator('#first .rg-toolbar__progress-text').textContent()).toBe('1 of 42 done');
    expect(await page.locator('#second .rg-toolbar__progress-text').textContent()).toBe('0 of 42 done');
    const stored = await page.evaluate(() => ({ first: localStorage.getItem('first-map'), second: localStorage.getItem('second-map') }));
    expect(stored).toEqual({ first: JSON.stringify({ oop: 'done' }), second: null });

    await topicButton(page, '#second', 'control-flow').click();
    await expect.poll(() => panel(page, '#second').locator('h2').textContent()).toBe('Control Flow and Exceptions');
    expect(await panel(page, '#first').locator('h2').textContent()).toBe('Object-Oriented Programming');

    const looks = await page.evaluate(() =>
      ['#first', '#second'].map((id) => getComputedStyle(document.querySelector(id)!.shadowRoot!.querySelector('.rg-root')!).backgroundColor),
    );
    expect(looks).toEqual(['rgb(255, 255, 255)', 'rgb(13, 17, 23)']);
    const ready = (await recordedEvents(page)).filter((event) => event.type === 'ready').map((event) => event.target);
    expect(ready.sort()).toEqual(['first', 'second', 'third']);
    await page.screenshot({ path: shot('two-maps'), fullPage: true });
    await finish(page, watch);
  });
});

describe('lifecycle', () => {
  it('keeps its state when moved in the DOM', async () => {
    const { page, watch } = await open('lifecycle.html');
    await waitForMap(page, '#map');
    // Opened through the element's API: this test is about the move, not about aiming a click.
    await page.locator('#map').evaluate((host) => (host as HTMLElement & { openTopic(id: string): boolean }).openTopic('django'));
    await panel(page, '#map').getByRole('button', { name: 'In progress' }).click();
    await page.locator('#map').evaluate((host) => {
      (host.shadowRoot!.querySelector('.rg-root') as HTMLElement & { marked?: boolean }).marked = true;
    });
    const workers = await page.evaluate(() => (window as unknown as { __spy: { workers: number } }).__spy.workers);

    await page.evaluate(() => document.querySelector('#right')!.append(document.querySelector('#map')!));
    // The element defers its teardown by one task after a disconnect; a task queued after the
    // move runs after that one, so by then a lost state would show.
    await page.evaluate(() => new Promise((next) => setTimeout(next, 0)));
    const after = await page.locator('#map').evaluate((host) => ({
      parent: host.parentElement!.id,
      sameTree: (host.shadowRoot!.querySelector('.rg-root') as HTMLElement & { marked?: boolean }).marked === true,
    }));
    expect(after).toEqual({ parent: 'right', sameTree: true });
    expect(await panel(page, '#map').locator('h2').textContent()).toBe('Django');
    expect(await topicButton(page, '#map', 'django').getAttribute('aria-label')).toMatch(/in progress/);
    expect(watch.requests.filter((url) => url.endsWith('python-backend.roadmap.json'))).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __spy: { workers: number } }).__spy.workers)).toBe(workers);
    await finish(page, watch);
  });

  it('cleans up when removed: React tree, observers and window listeners, with no errors', async () => {
    const { page, watch } = await open('lifecycle.html');
    await waitForMap(page, '#map');
    await topicButton(page, '#map', 'flask').click();
    type Spy = { observers: Record<string, { live: number }>; listeners: Record<string, number> };
    const during = await page.evaluate(() => structuredClone((window as unknown as { __spy: Spy }).__spy));
    // While it shows, the map watches its size, its children and the storage / hash.
    expect(during.observers.ResizeObserver!.live).toBeGreaterThan(0);
    expect(during.observers.MutationObserver!.live).toBeGreaterThan(0);
    expect(during.listeners.hashchange).toBeGreaterThan(0);
    expect(during.listeners.storage).toBeGreaterThan(0);

    await page.evaluate(() => document.querySelector('#map')!.remove());
    // Unmounting waits a moment (a moved element is re-attached, not rebuilt): poll, not sleep.
    const live = () =>
      page.evaluate(() => Object.values((window as unknown as { __spy: Spy }).__spy.observers).reduce((n, o) => n + o.live, 0));
    await expect.poll(live, { timeout: 5_000 }).toBe(0);
    const after = await page.evaluate(() => {
      const host = document.querySelector('roadmap-graph') ?? document.createElement('div');
      return {
        spy: structuredClone((window as unknown as { __spy: Spy }).__spy),
        stillInDocument: document.querySelector('#map') !== null,
        leftInShadow: host.shadowRoot?.querySelector('.rg-element')?.childElementCount ?? 0,
      };
    });
    expect(after.stillInDocument).toBe(false);
    expect(after.spy.observers.ResizeObserver!.live).toBe(0);
    expect(after.spy.observers.MutationObserver!.live).toBe(0);
    expect(after.spy.observers.IntersectionObserver!.live).toBe(0);
    expect(after.spy.listeners.hashchange ?? 0).toBe(0);
    expect(after.spy.listeners.storage ?? 0).toBe(0);
    await finish(page, watch);
  });

  it('terminates a running layout worker (and a Markdown read) when removed', async () => {
    const { page, watch } = await open('hang.html');
    type Spy = { workers: number; terminated: number };
    const spy = () => page.evaluate(() => ({ ...(window as unknown as { __spy: Spy }).__spy }));
    // One worker reads the Markdown, one lays out the JSON; neither ever answers.
    await expect.poll(async () => (await spy()).workers, { timeout: 10_000 }).toBe(2);
    expect((await spy()).terminated).toBe(0);
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('roadmap-graph')) element.remove();
    });
    await expect.poll(async () => (await spy()).terminated).toBe(2);
    expect(await recordedEvents(page)).toEqual([]);
    await finish(page, watch);
  });

  it('waits until it is near the viewport, holding its place at the right height', async () => {
    const { page, watch } = await open('lazy.html');
    await page.waitForLoadState('load');
    // The elements' own IntersectionObservers were created first, so by the time a new one has
    // reported its first sighting, they have reported theirs: had they started, it would show.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const observer = new IntersectionObserver(() => {
            observer.disconnect();
            done();
          });
          for (const host of document.querySelectorAll('roadmap-graph')) observer.observe(host);
        }),
    );
    const before = await page.evaluate(() =>
      ['#below', '#default-height'].map((id) => {
        const host = document.querySelector(id)!;
        return { height: host.getBoundingClientRect().height, placeholder: host.shadowRoot!.querySelector('.rg-element__placeholder') !== null };
      }),
    );
    expect(before).toEqual([
      { height: 420, placeholder: true },
      { height: 600, placeholder: true },
    ]);
    expect(watch.requests.filter((url) => url.endsWith('tiny.roadmap.json'))).toEqual([]);

    await page.locator('#below').scrollIntoViewIfNeeded();
    await waitForMap(page, '#below');
    expect(watch.requests.filter((url) => url.endsWith('tiny.roadmap.json')).length).toBeGreaterThan(0);
    expect(await page.locator('#below').evaluate((host) => host.getBoundingClientRect().height)).toBe(420);
    await finish(page, watch);
  });
});
