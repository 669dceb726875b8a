import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useElementSuite } from './support/useElementSuite.js';
import { panel, topicButton, waitForMap } from './support/shadow.js';
import { watchPage } from './support/watchPage.js';

// A reader whose browser will not keep progress (storage full, or disabled): the map, the
// element's `progress` property and what the reader is told all agree.

const suite = useElementSuite();


/** Scripts run before the page's own: each breaks localStorage as a browser can. */
const BROKEN_STORAGE = {
  // Quota exceeded: reading works, every write throws.
  full: () => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  // Storage disabled (site data blocked): touching localStorage at all throws.
  disabled: () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
};

const NOTE = 'This browser does not keep your progress: it lasts until you leave the page. Export it to keep it.';
const progressOf = (page: Page) => page.locator('#map').evaluate((element) => (element as unknown as { progress: Record<string, string> }).progress);

describe('progress when the browser will not keep it', () => {
  for (const [name, breakStorage] of Object.entries(BROKEN_STORAGE)) {
    it(`storage ${name}: element.progress returns what the map shows, and the reader is told it will not last`, async () => {
      const context = await suite.browser.newContext({ viewport: { width: 1100, height: 800 } });
      await context.addInitScript(breakStorage);
      const page = await context.newPage();
      const watch = watchPage(page);
      await page.goto(`${suite.server.url}/tiny-map.html`);
      await waitForMap(page, '#map');

      await topicButton(page, '#map', 'alpha').click();
      await panel(page, '#map').getByRole('button', { name: 'Done' }).click();
      await expect.poll(() => page.locator('#map .rg-toolbar__progress-text').textContent()).toBe('1 of 3 done');
      expect(await progressOf(page)).toEqual({ alpha: 'done' });
      await page.locator('#map [role="status"]').filter({ hasText: NOTE }).waitFor();

      // Set from the page, it shows and reads back the same.
      await page.locator('#map').evaluate((element) => {
        (element as unknown as { progress: Record<string, string> }).progress = { beta: 'in-progress', gamma: 'done' };
      });
      await expect.poll(() => page.locator('#map .rg-toolbar__progress-text').textContent()).toBe('1 of 3 done');
      expect(await progressOf(page)).toEqual({ beta: 'in-progress', gamma: 'done' });
      await context.close();
      expect(watch.problems).toEqual([]);
    });
  }

  it('says nothing when storage works', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/tiny-map.html`);
    await waitForMap(page, '#map');
    await topicButton(page, '#map', 'alpha').click();
    await panel(page, '#map').getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => progressOf(page)).toEqual({ alpha: 'done' });
    expect(await page.evaluate(() => localStorage.getItem('roadmap-graph:progress:tiny'))).toBe('{"alpha":"done"}');
    expect(await page.locator('#map').getByText(NOTE).count()).toBe(0);
    await context.close();
  });
});
