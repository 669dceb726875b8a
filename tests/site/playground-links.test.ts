import { deflateRawSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSite, TOPIC_BUTTONS, type SiteHarness } from './siteHarness.js';

// Share links and the saved draft, from a visitor's side: a hostile link cannot freeze the
// page or take the place of the visitor's own draft, a link too big is refused with a clear
// message, the status line only ever says the site's own words, and a draft the browser will
// not keep is announced.

let site: SiteHarness;

beforeAll(async () => {
  site = await startSite();
}, 180_000);

afterAll(async () => {
  await site?.close();
});

const DRAFT_KEY = 'roadmap-graph-site:playground-draft';
const OWN = `# My own roadmap {#my-own}

## Start here {#start}

- Alpha {#alpha}
- Beta {#beta requires=alpha}
`;
/** The most the playground unpacks of a link (shareLink.ts), and one step of it past that (1 KB of input at deflate's 1032 : 1). */
const UNPACK_LIMIT = 5 * 1024 * 1024;
const UNPACK_STEP = 1032 * 1024;

/** A share link as the playground writes it (shareLink.ts): the text deflated raw, in base64url. */
const shareLink = (format: string, text: string | Buffer): string =>
  `${site.server.url}/playground/#format=${format}&code=${deflateRawSync(text, { level: 9 }).toString('base64url')}`;

const editor = (page: Page) => page.locator('.cm-content');
const topic = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}(,|$)`) });
const status = (page: Page) => page.locator('p.playground-status').first();

/**
 * Watches every page of the context from its very start: its long tasks (logged, not asserted:
 * durations depend on the machine's load; the benchmarks time things) and the bytes that
 * `DecompressionStream`s hand out, which is the work a packed link can cause.
 */
async function watchPages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    const seen = window as unknown as { __longTasks: typeof tasks; __inflated: number };
    seen.__longTasks = tasks;
    seen.__inflated = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: Math.round(entry.duration) });
    }).observe({ type: 'longtask', buffered: true });
    const Native = DecompressionStream;
    window.DecompressionStream = class CountedDecompressionStream extends Native {
      constructor(format: CompressionFormat) {
        super(format);
        const counter = new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            seen.__inflated += chunk.byteLength;
            controller.enqueue(chunk);
          },
        });
        Object.defineProperty(this, 'readable', { value: super.readable.pipeThrough(counter) });
      }
    };
  });
}

/**
 * Logs the longest task once the page's own scripts have been evaluated (DOMContentLoaded): all
 * that a link can cause happens after that. For whoever reads the test's output; not asserted.
 */
async function logLongestTask(page: Page, what: string): Promise<void> {
  const longest = await page.evaluate(() => {
    const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return Math.max(0, ...tasks.filter((task) => task.start + task.duration > loaded).map((task) => task.duration));
  });
  console.log(`${what}: longest task after the site's scripts ${longest} ms`);
}

/** The draft workers the page starts from now on: the playground reads every draft in one. */
function watchDraftWorkers(page: Page): string[] {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  return workers;
}

/** A visitor with a draft of their own: the playground opened once, the outline typed and saved. */
async function visitorWithDraft(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const opened = await openPage(site, `${site.server.url}/playground/`);
  const { page } = opened;
  await topic(page, 'Merging').waitFor();
  await editor(page).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(OWN);
  await topic(page, 'Beta').waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Beta') ?? false, DRAFT_KEY);
  await watchPages(opened.context);
  // Away, so that opening a link loads the page again (a new tab would) instead of only changing the hash.
  await page.goto('about:blank');
  return opened;
}

describe('share links', () => {
  it('a 270-character link that takes the Markdown reader minutes does not freeze the page, and the own draft is one click away', async () => {
    const text = `# Quotes {#quotes}\n\n${'> a\n\n'.repeat(20_000)}`;
    const link = shareLink('md', text);
    expect(new URL(link).hash.length).toBeLessThan(300);
    const { context, page, problems } = await visitorWithDraft();
    const workers = watchDraftWorkers(page);
    await page.goto(link);
    await expect.poll(() => status(page).textContent()).toBe('Opened the roadmap from the shared link. Your own draft is kept: restore it below.');
    // What keeps the page usable: the Markdown is read in the draft worker, not on the page.
    expect(workers.filter((url) => /draftWorker/.test(url)).length).toBeGreaterThan(0);

    // Usable at once, while the link is read: the own draft comes back and is drawn.
    await page.getByRole('button', { name: 'Restore your draft' }).click();
    await expect.poll(() => editor(page).textContent()).toContain('- Beta {#beta requires=alpha}');
    await topic(page, 'Beta').waitFor({ timeout: 30_000 });
    expect(await status(page).textContent()).toBe('Restored your own draft. Undo (Ctrl+Z) brings back the shared roadmap.');
    await logLongestTask(page, 'slow Markdown link');

    await page.reload();
    await topic(page, 'Beta').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Restore your draft' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a link is saved as the draft only once it was read in time, and the own draft is never lost to it', async () => {
    const link = shareLink('md', `# Quotes {#quotes}\n\n${'> a\n\n'.repeat(20_000)}`);
    const { context, page, problems } = await visitorWithDraft();
    const workers = watchDraftWorkers(page);
    await page.goto(link);
    // The link's text has been read, or stopped at the deadline: the problem list says which.
    await expect.poll(() => page.locator('.playground-problems__count').textContent(), { timeout: 40_000 }).not.toBe('checking…');
    const stopped = (await status(page).textContent())!.startsWith('Could not read the shared roadmap within 10 s');
    if (stopped) {
      expect(await page.getByText('reading this draft took longer than 10 s and was stopped').count()).toBe(1);
      expect(await status(page).textContent()).toBe(
        'Could not read the shared roadmap within 10 s: it was stopped, and it is not saved as your draft. Your own draft is kept: restore it below.',
      );
    }
    if (!stopped) {
      // 20,000 warnings, one per quote: the first thousand are kept, the first hundred listed.
      expect(await page.locator('.playground-problem').count()).toBe(100);
    }
    expect(workers.filter((url) => /draftWorker/.test(url)).length).toBeGreaterThan(0);
    await logLongestTask(page, '20,000 warnings');
    if (!stopped) {
      const showAll = page.getByRole('button', { name: /^Show all \d+$/ });
      const all = Number((await showAll.textContent())!.replace('Show all ', ''));
      expect(all).toBeGreaterThan(1000);
      await showAll.click();
      await expect.poll(() => page.locator('.playground-problem').count()).toBe(all);
    }

    await page.reload();
    if (stopped) {
      // Not saved: the own draft is the draft.
      await topic(page, 'Beta').waitFor({ timeout: 30_000 });
    } else {
      // Read in time, so it is the draft now; the own one is offered back.
      await page.getByRole('button', { name: 'Restore your draft' }).click();
      await topic(page, 'Beta').waitFor({ timeout: 30_000 });
    }
    expect(await editor(page).textContent()).toContain('- Beta {#beta requires=alpha}');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a link that unpacks to 200 MB is refused with a clear message, and the own draft stays', async () => {
    const link = shareLink('md', Buffer.alloc(200 * 1024 * 1024, 'a'));
    const { context, page, problems } = await visitorWithDraft();
    await page.goto(link);
    await expect
      .poll(() => status(page).textContent())
      .toBe(
        "Could not open the shared roadmap: it unpacks to more than 5 MB, the most the playground opens (a roadmap's content may be at most that), so it was not opened. Your own draft is shown.",
      );
    await topic(page, 'Beta').waitFor({ timeout: 30_000 });
    // Unpacking stopped at the limit: a step past 5 MB, not 200 MB inflated on the page.
    const inflated = (await page.evaluate('window.__inflated')) as number;
    expect(inflated).toBeGreaterThan(UNPACK_LIMIT);
    expect(inflated).toBeLessThanOrEqual(UNPACK_LIMIT + UNPACK_STEP);
    await logLongestTask(page, '200 MB link');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('never shows text from the link as a site message', async () => {
    const format = encodeURIComponent('md — Security notice: your session expired, sign in again at evil.example');
    const { context, page, problems } = await openPage(site, `${site.server.url}/playground/#format=${format}&code=abc`);
    await topic(page, 'Merging').waitFor();
    const said = await status(page).textContent();
    expect(said).toBe('Could not open the shared roadmap: the link names a format the playground does not know (it reads md and json). The first example is shown.');
    expect(said).not.toMatch(/session|evil/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the saved draft', () => {
  it('says when the browser will not keep the draft', async () => {
    const opened = await openPage(site, 'about:blank');
    await opened.context.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page } = opened;
    await page.goto(`${site.server.url}/playground/`);
    await topic(page, 'Merging').waitFor();
    await editor(page).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n- Stash {#stash}\n');
    await topic(page, 'Stash').waitFor();
    await page.getByText('This browser does not keep your draft (its storage is full or disabled): download it or copy a share link to keep it.').waitFor();
    expect(await page.locator(TOPIC_BUTTONS).count()).toBeGreaterThan(1);
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });
});
