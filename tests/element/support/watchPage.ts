import type { Page } from 'playwright-core';

/** What a test page did that a reader would call broken, and what it requested. */
export interface PageWatch {
  /** Console errors, uncaught exceptions and unhandled rejections, failed requests, HTTP errors. */
  problems: string[];
  /** Every URL the page requested, in order (workers included). */
  requests: string[];
}

/**
 * Starts recording a page's problems and requests. `expected` lists URL fragments whose
 * failure the test provokes on purpose (a 404 `src`): those requests, and the console line the
 * browser prints for them, are not problems.
 */
export function watchPage(page: Page, expected: readonly string[] = []): PageWatch {
  const watch: PageWatch = { problems: [], requests: [] };
  const isExpected = (text: string): boolean => expected.some((fragment) => text.includes(fragment));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url ?? '';
    if (isExpected(where) || isExpected(message.text())) return;
    watch.problems.push(`console: ${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('requestfailed', (request) => {
    if (!isExpected(request.url())) watch.problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isExpected(response.url())) watch.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return watch;
}
