import type { Page } from 'playwright-core';

/** Selector of the topic buttons on a map (React Flow nodes), in a page or a shadow root. */
export const TOPIC = '.react-flow__node button[data-topic-id]';

/**
 * Waits until a map shows: its topics are rendered and it is no longer transparent (a map stays
 * invisible until its start view is set, so nothing is aimed at a map that will still move).
 * `scope` selects the element whose shadow root holds the map (e.g. an element's `#map`); empty
 * for a map in the page itself.
 *
 * The opacity is polled each frame by a plain `page.evaluate`: `locator.evaluate` and
 * `waitForFunction` make Playwright install a MutationObserver in the page's own world, which the
 * element's clean-up tests would count as one the map left behind.
 */
export async function waitForMapShown(page: Page, scope = '', timeout?: number): Promise<void> {
  await page.locator(`${scope} ${TOPIC}`.trim()).first().waitFor({ state: 'visible', timeout });
  // A string, so no transpiler helper (esbuild's __name) ends up in the page.
  await page.evaluate(`new Promise((resolve) => {
    const host = ${JSON.stringify(scope)};
    const check = () => {
      const root = host ? document.querySelector(host)?.shadowRoot : document;
      const flow = root?.querySelector('.react-flow');
      if (flow && getComputedStyle(flow).opacity === '1') resolve();
      else requestAnimationFrame(check);
    };
    check();
  })`);
}
