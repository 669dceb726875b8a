import type { Locator, Page } from 'playwright-core';
import { waitForMapShown } from '../../support/waitForMapShown.js';

/**
 * Helpers for reading inside an element's shadow root. Playwright's CSS locators pierce open
 * shadow roots, so `page.locator('#map .rg-panel')` already finds the panel inside #map.
 */
export const topicButton = (page: Page, host: string, id: string): Locator => page.locator(`${host} button[data-topic-id="${id}"]`);

/** The open topic panel of the element `host`. */
export const panel = (page: Page, host: string): Locator => page.locator(`${host} .rg-panel`);

/** Waits until the element `host` shows its map: topic buttons rendered, the map no longer transparent. */
export function waitForMap(page: Page, host: string): Promise<void> {
  return waitForMapShown(page, host, 20_000);
}

/** Events recorded by fixtures/record-events.js (or the blog's listener) so far. */
export interface RecordedEvent {
  type: string;
  target: string;
  bubbles: boolean;
  composed: boolean;
  id?: string | null;
  state?: string | null;
  title?: string;
  message?: string;
  paths?: string[];
  roadmap?: string;
}

export function recordedEvents(page: Page): Promise<RecordedEvent[]> {
  return page.evaluate(() => (window as unknown as { __events: RecordedEvent[] }).__events ?? []);
}
