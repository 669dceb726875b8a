import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOPIC } from '../support/waitForMapShown.js';
import { useElementSuite } from './support/useElementSuite.js';
import { runAxe } from '../react/support/runAxe.js';
import { panel, recordedEvents, topicButton, waitForMap } from './support/shadow.js';
import { watchPage, type PageWatch } from './support/watchPage.js';

// The first map: a baked roadmap is drawn with plain DOM by the page script, before its
// interactive part (UI runtime, React Flow, the React map) has loaded, and the interactive map
// takes over in place. The interactive file's response is held back until the first map has
// been checked, so each test sees both stages whatever the machine's speed.

const FIRST_TOPIC = '[data-first-map] button[data-topic-id]';
/** How long to wait for what follows the hand-over, on a busy machine. */
const POLL = { timeout: 15_000 };

const suite = useElementSuite();


interface Held {
  page: Page;
  watch: PageWatch;
  /** Lets the interactive part's file through. */
  release(): void;
}

/**
 * Opens `fixture` with the interactive part (`file`) held back, and waits for the first map.
 * `theme` replaces the fixture's map's `theme` attribute.
 */
async function openHeld(fixture: string, file = 'roadmap-graph.iife.interactive.js', theme?: 'light' | 'dark'): Promise<Held> {
  const page = await (await suite.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const watch = watchPage(page);
  if (theme) {
    await page.route(`**/${fixture}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/theme="\w+"/, `theme="${theme}"`) });
    });
  }
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/element/${file}`, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${suite.server.url}/${fixture}`);
  await page.locator(`#map ${FIRST_TOPIC}`).first().waitFor({ state: 'visible' });
  return { page, watch, release };
}

/** Every topic's box on screen, by id, from the first map (`first`) or the interactive one. */
function topicBoxes(page: Page, first: boolean): Promise<Record<string, { x: number; y: number; width: number; height: number }>> {
  return page.locator('#map').evaluate(
    (host, selector) => {
      const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
      for (const button of host.shadowRoot!.querySelectorAll<HTMLElement>(selector)) {
        const { x, y, width, height } = button.getBoundingClientRect();
        boxes[button.dataset.topicId!] = { x, y, width, height };
      }
      return boxes;
    },
    first ? FIRST_TOPIC : TOPIC,
  );
}

async function finish({ page, watch }: Held): Promise<void> {
  expect(watch.problems).toEqual([]);
  await page.context().close();
}

describe('the first map', () => {
  it('shows the baked roadmap before the interactive part has loaded, where the interactive map then shows it', async () => {
    const held = await openHeld('plain.html');
    const { page } = held;
    // Drawn by the page script alone: no React Flow yet, the interactive file still on its way.
    expect(await page.locator('#map .react-flow').count()).toBe(0);
    const first = await topicBoxes(page, true);
    const bars = () => page.locator('#map').evaluate((host) => ['.rg-toolbar', '.rg-map-bar', '.rg-map__canvas'].map((s) => host.shadowRoot!.querySelector(s)!.getBoundingClientRect().toJSON()));
    const chrome = await bars();
    held.release();
    await waitForMap(page, '#map');
    await expect.poll(() => page.locator('#map [data-first-map]').count(), POLL).toBe(0);
    const interactive = await topicBoxes(page, false);
    // The first map draws what its canvas shows (and a little around it): every topic in view.
    const [, , canvas] = chrome as [unknown, unknown, { x: number; y: number; width: number; height: number }];
    const inView = Object.entries(interactive).filter(
      ([, box]) => box.x < canvas.x + canvas.width && box.x + box.width > canvas.x && box.y < canvas.y + canvas.height && box.y + box.height > canvas.y,
    );
    expect(inView.length).toBeGreaterThan(30);
    for (const [id] of inView) expect(first, id).toHaveProperty([id]);
    for (const [id, box] of Object.entries(first)) {
      const after = interactive[id]!;
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(after[key] - box[key]), `${id} ${key}`).toBeLessThanOrEqual(1);
    }
    expect(await bars()).toEqual(chrome);
    expect((await recordedEvents(page)).filter((event) => event.type === 'ready')).toHaveLength(1);
    await finish(held);
  });

  it.each(['light', 'dark'] as const)('is axe-clean in the %s theme, its topics named as the interactive map names them', async (theme) => {
    const held = await openHeld('plain.html', undefined, theme);
    const { page } = held;
    expect(await page.locator('#map [data-first-map]').getAttribute('data-theme')).toBe(theme);
    expect(await runAxe(page)).toEqual([]);
    const names = (selector: string) =>
      page.locator('#map').evaluate(
        (host, selector) => Object.fromEntries([...host.shadowRoot!.querySelectorAll<HTMLElement>(selector)].map((button) => [button.dataset.topicId!, button.getAttribute('aria-label') ?? button.textContent])),
        selector,
      );
    const first = await names(FIRST_TOPIC);
    held.release();
    await waitForMap(page, '#map');
    await expect.poll(() => page.locator('#map [data-first-map]').count(), POLL).toBe(0);
    const interactive = await names(TOPIC);
    expect(Object.keys(first).length).toBeGreaterThan(30);
    for (const [id, name] of Object.entries(first)) expect(name, id).toBe(interactive[id]);
    await finish(held);
  });

  it('keeps a click on a topic made before the interactive map is there, and opens that topic once it is', async () => {
    const held = await openHeld('plain.html');
    const { page } = held;
    await page.locator(`#map [data-first-map] button[data-topic-id="oop"]`).click();
    expect(await panel(page, '#map').count()).toBe(0);
    held.release();
    await waitForMap(page, '#map');
    await expect.poll(() => panel(page, '#map').getAttribute('data-topic-id'), POLL).toBe('oop');
    expect(await page.locator('#map [data-first-map]').count()).toBe(0);
    const selected = (await recordedEvents(page)).filter((event) => event.type === 'topic-select');
    expect(selected.map((event) => event.id)).toEqual(['oop']);
    await finish(held);
  });

  it('hands focus on a topic, and keys pressed on it, to the same topic of the interactive map', async () => {
    const held = await openHeld('plain.html');
    const { page } = held;
    // A keyboard reader: Tab into the map, then to the second topic, and D to mark it done.
    const first = page.locator(`#map [data-first-map] button[data-topic-id="python-syntax"]`);
    await first.focus();
    await page.keyboard.press('Tab');
    const focused = () => page.locator('#map').evaluate((host) => host.shadowRoot!.activeElement?.getAttribute('data-topic-id') ?? null);
    expect(await focused()).toBe('control-flow');
    await page.keyboard.press('d');
    held.release();
    await waitForMap(page, '#map');
    await expect.poll(() => page.locator('#map [data-first-map]').count(), POLL).toBe(0);
    await expect.poll(focused, POLL).toBe('control-flow');
    // The focused element is the interactive map's button, with a visible focus ring.
    const ring = await page.locator('#map').evaluate((host) => {
      const active = host.shadowRoot!.activeElement as HTMLElement;
      return { inFlow: active.closest('.react-flow__node') !== null, visible: active.matches(':focus-visible') };
    });
    expect(ring).toEqual({ inFlow: true, visible: true });
    await expect.poll(() => topicButton(page, '#map', 'control-flow').locator('xpath=..').getAttribute('data-mark'), POLL).toBe('done');
    await finish(held);
  });

  it('comes first from the ES module build too, whose interactive part is a chunk beside it', async () => {
    const held = await openHeld('esm-baked.html', 'roadmap-graph.interactive.js');
    const { page } = held;
    expect(await page.locator('#map .react-flow').count()).toBe(0);
    const first = await topicBoxes(page, true);
    held.release();
    await waitForMap(page, '#map');
    await expect.poll(() => page.locator('#map [data-first-map]').count(), POLL).toBe(0);
    const interactive = await topicBoxes(page, false);
    for (const [id, box] of Object.entries(first)) expect(Math.abs(interactive[id]!.y - box.y), id).toBeLessThanOrEqual(1);
    // The page loaded the script, its chunk and the data; the page script itself is not loaded twice.
    expect(held.watch.requests.filter((url) => url.includes('/element/roadmap-graph')).map((url) => url.split('/').pop())).toEqual([
      'roadmap-graph.js',
      'roadmap-graph.interactive.js',
    ]);
    await finish(held);
  });
});
