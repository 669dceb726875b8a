import type { Page } from 'playwright-core';
import { runAxe } from '../react/support/runAxe.js';

/**
 * Runs axe-core on what a reader without JavaScript gets. axe is a script, and a page with
 * JavaScript off runs none (not even timers), so the page's DOM as that browser built it is
 * copied into a fresh page of the same browser with JavaScript on: the page's own scripts left
 * out, `<noscript>` elements replaced by their content (parsed as markup with JavaScript off, it
 * would be text with it on), same address (so the same styles load), viewport and colour scheme.
 */
export async function axeWithoutScript(page: Page): Promise<string[]> {
  const html = await page.evaluate(`(() => {
    const copy = document.documentElement.cloneNode(true);
    for (const script of copy.querySelectorAll('script')) script.remove();
    for (const noscript of copy.querySelectorAll('noscript')) noscript.replaceWith(...noscript.childNodes);
    return '<!doctype html>' + copy.outerHTML;
  })()`) as string;
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const browser = page.context().browser();
  if (!browser) throw new Error('axeWithoutScript needs a page of a launched browser');
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined, colorScheme: dark ? 'dark' : 'light' });
  try {
    const reader = await context.newPage();
    const address = page.url();
    await reader.route((url) => url.href === address, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await reader.goto(address);
    // The copy must show what the reader saw, or axe would judge another page.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must match
    const [seen, copied] = await Promise.all([page, reader].map((each) => each.evaluate(() => document.body.innerText)));
    if (copied !== seen) throw new Error(`the copy of ${address} for axe shows other text than the page without JavaScript`);
    return await runAxe(reader);
  } finally {
    await context.close();
  }
}
