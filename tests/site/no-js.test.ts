import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeWithoutScript } from '../support/axeWithoutScript.js';
import { roadmapOutlineFacts } from '../support/roadmapOutline.js';
import { DESKTOP, openPage, PHONE, SHOTS, startSite, TOPIC_BUTTONS, type SiteHarness } from './siteHarness.js';

// The site for a reader without JavaScript (a browser context with it turned off): the build
// pre-renders every page, so the home page is the roadmap's outline with every topic and resource
// link, the docs are the docs, and the playground and the embed builder say what works without
// it; controls that would do nothing are hidden. With JavaScript the same markup hydrates: the
// pre-rendered nodes stay, nothing is reported, the map takes over.
const PYTHON = roadmapOutlineFacts();
const DOCS_SECTIONS = ['script-tag', 'react', 'cli', 'format', 'schema', 'theming', 'element'];

let site: SiteHarness;

beforeAll(async () => {
  site = await startSite();
}, 120_000);

afterAll(async () => {
  await site?.close();
});

/** What a reader sees of a page, measured in it. Evaluated as a string: no transpiler helper in the page. */
interface SeenPage {
  h1: string[];
  /** Visible text of `<main>`. */
  text: string;
  /** Visible controls (buttons, fields): none should be left that needs JavaScript. */
  controls: string[];
  /** Ids of outline items whose title is visible. */
  topics: string[];
  /** Addresses of the visible links in the outline, in order. */
  outlineLinks: string[];
  /** Addresses of every visible link of the page. */
  links: string[];
  sideways: boolean;
}

function seen(page: Page): Promise<SeenPage> {
  return page.evaluate(`(() => {
    const shown = (element) => element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const visible = (selector) => [...document.querySelectorAll(selector)].filter(shown);
    return {
      h1: visible('h1').map((h) => h.textContent.trim()),
      text: visible('main').map((main) => main.innerText).join('\\n'),
      controls: visible('button, input, select, textarea').map((c) => c.localName + ' ' + (c.getAttribute('aria-label') || c.textContent || c.value || '').trim()),
      topics: visible('.rg-outline [data-topic-id]')
        .filter((item) => { const title = item.querySelector(':scope > .rg-outline__heading, :scope > .rg-outline__line > .rg-outline__title'); return title && shown(title); })
        .map((item) => item.dataset.topicId),
      outlineLinks: visible('.rg-outline a[href]').map((a) => a.getAttribute('href')),
      links: visible('a[href]').map((a) => a.getAttribute('href')),
      sideways: document.documentElement.scrollWidth > innerWidth,
    };
  })()`);
}

async function openWithoutScript(path: string, colorScheme: 'light' | 'dark', viewport: { width: number; height: number }) {
  const context = await site.browser.newContext({ javaScriptEnabled: false, colorScheme, viewport });
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${site.server.url}${path}`);
  return { context, page, failed };
}

const CHECKS: Record<string, (page: SeenPage) => void> = {
  '/': (page) => {
    expect(page.h1).toEqual(['Python backend developer roadmap']);
    expect([...page.topics].sort()).toEqual([...PYTHON.ids].sort());
    expect(page.outlineLinks).toEqual(PYTHON.links);
  },
  '/docs/': (page) => {
    expect(page.h1).toEqual(['Docs']);
    for (const section of DOCS_SECTIONS) expect(page.links, section).toContain(`#${section}`);
    expect(page.text).toContain('<roadmap-graph src="/data/python-backend.roadmap.json"');
    expect(page.text).toContain('Schema reference');
  },
  '/playground/': (page) => {
    expect(page.h1).toEqual(['Playground']);
    expect(page.text).toMatch(/needs JavaScript/);
    expect(page.links).toEqual(expect.arrayContaining(['/', '/docs/#format', '/data/python-backend.md', '/data/python-backend.roadmap.json']));
  },
  '/embed/': (page) => {
    expect(page.h1).toEqual(['Embed a roadmap']);
    expect(page.text).toMatch(/needs JavaScript/);
    expect(page.text).toContain('<roadmap-graph src="/data/python-backend.roadmap.json"');
    expect(page.links).toContain('/docs/#element');
  },
};

describe('the site without JavaScript', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of [
      ['laptop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      for (const [path, check] of Object.entries(CHECKS)) {
        it(`${path} (${colorScheme}, ${size}): the content is in the page, readable, with no dead controls and no axe violations`, async () => {
          const { context, page, failed } = await openWithoutScript(path, colorScheme, viewport);
          const shown = await seen(page);
          expect(shown.text).not.toMatch(/This page needs JavaScript/);
          check(shown);
          expect(shown.controls).toEqual([]);
          expect(shown.sideways).toBe(false);
          // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, not hidden nodes' text
          expect(await page.evaluate(() => document.body.innerText.length)).toBeGreaterThan(400);
          await page.screenshot({ path: `${SHOTS}no-js-${path.replace(/\//g, '') || 'home'}-${colorScheme}-${size}.png` });
          expect(await axeWithoutScript(page)).toEqual([]);
          expect(failed).toEqual([]);
          await context.close();
        });
      }
    }
  }
});

describe('the site with JavaScript: the pre-rendered pages hydrate', () => {
  for (const [path, ready] of [
    ['/', TOPIC_BUTTONS],
    ['/docs/', '.site-theme input:checked'],
  ] as const) {
    it(`${path}: the server's markup stays (same nodes), nothing is reported, the reader's dark theme applies`, async () => {
      const { context, page, problems } = await openPage(site, 'about:blank', { colorScheme: 'light' });
      await page.addInitScript(() => {
        localStorage.setItem('roadmap-graph-site:theme', 'dark');
        // The heading the parser built, before any script of the page runs.
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') (window as unknown as { parsed: Element | null }).parsed = document.querySelector('#root h1');
        });
      });
      await page.goto(`${site.server.url}${path}`);
      await page.locator(ready).first().waitFor();
      await expect.poll(() => page.locator('.site-theme input:checked').inputValue()).toBe('dark');
      expect(await page.evaluate(() => {
        const parsed = (window as unknown as { parsed: Element | null }).parsed;
        return parsed !== null && parsed === document.querySelector('#root h1');
      })).toBe(true);
      if (path === '/') expect(await page.locator('.rg-root').getAttribute('data-theme')).toBe('dark');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const [path, ready] of [
    ['/playground/', TOPIC_BUTTONS],
    ['/embed/', `roadmap-graph ${TOPIC_BUTTONS}`],
  ] as const) {
    it(`${path}: the notice for readers without JavaScript never shows, the page renders`, async () => {
      const { context, page, problems } = await openPage(site, `${site.server.url}${path}`);
      await page.locator(ready).first().waitFor({ timeout: 20_000 });
      expect(await page.getByText('needs JavaScript').count()).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
