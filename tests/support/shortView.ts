import type { Page } from 'playwright-core';

/**
 * 400 % zoom of a 1280 × 800 screen: the view a reader who needs large text gets (WCAG 1.4.10,
 * Reflow). Browser zoom shrinks the CSS viewport, so this is what the page lays out for.
 */
export const ZOOM_400 = { width: 320, height: 200 };

/**
 * The least height of the map's canvas (the picture, without the bar of zoom buttons and legend
 * under it) in that view: three quarters of it. The stage takes the whole view when scrolled to,
 * and the bar (44 px) stays in view under the canvas so the wheel and a finger over it scroll the
 * page; a canvas of 150 px shows a full row of topics at the start zoom with room to pan.
 */
export const MIN_CANVAS = 150;

/** The least height of the box the panel's text scrolls in: three quarters of the view too. */
export const MIN_PANEL_BOX = 150;

/** What a reader of a short view gets of the map and its panel, measured in the page. */
export interface ShortViewGeometry {
  /** Height of the map's canvas. */
  canvas: number;
  /** Width of the document's content: more than the view's width means a sideways scroll. */
  pageWidth: number;
  /** Height of the box the open panel's text scrolls in (the view's, when the page scrolls it), or null without a panel. */
  panelBox: number | null;
  /** Whether the panel itself needs a sideways scroll. */
  panelSideways: boolean;
}

/** Measures {@link ShortViewGeometry}. Evaluated as a string, so no transpiler helper ends up in the page. */
export function shortViewGeometry(page: Page): Promise<ShortViewGeometry> {
  return page.evaluate(`(() => {
    const canvas = document.querySelector('.rg-map__canvas').getBoundingClientRect().height;
    const panel = document.querySelector('.rg-panel');
    let panelBox = null;
    if (panel) {
      // The nearest box that scrolls the panel's text: the panel body, the panel, or the page.
      panelBox = innerHeight;
      for (let element = panel.querySelector('.rg-panel__body'); element && element !== document.body; element = element.parentElement) {
        const { overflowY } = getComputedStyle(element);
        if ((overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 1) {
          panelBox = Math.min(element.clientHeight, innerHeight);
          break;
        }
      }
    }
    return {
      canvas,
      pageWidth: document.documentElement.scrollWidth,
      panelBox,
      panelSideways: panel ? panel.scrollWidth > panel.clientWidth + 1 : false,
    };
  })()`);
}

/**
 * Opens a topic as a reader of a short view would: scrolls the page until the map's canvas
 * starts at the top of the view, then clicks the topic whose box is fully in view nearest the
 * top. Returns its title.
 */
export async function openTopicInView(page: Page): Promise<string> {
  await page.locator('.rg-map__canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'start' }));
  const target = await page.evaluate(`(() => {
    const canvas = document.querySelector('.rg-map__canvas').getBoundingClientRect();
    const top = Math.max(canvas.top, 0);
    const bottom = Math.min(canvas.bottom, innerHeight);
    const inView = [...document.querySelectorAll('.react-flow__node button[data-topic-id]')]
      .map((button) => ({ button, box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.top >= top && box.bottom <= bottom && box.left >= 0 && box.right <= innerWidth)
      .filter(({ button, box }) => button.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)))
      .sort((a, b) => a.box.top - b.box.top);
    if (!inView.length) return null;
    return { id: inView[0].button.dataset.topicId, x: inView[0].box.left + inView[0].box.width / 2, y: inView[0].box.top + inView[0].box.height / 2 };
  })()`) as { id: string; x: number; y: number } | null;
  if (!target) throw new Error('no topic is fully in view in the map canvas');
  await page.mouse.click(target.x, target.y);
  await page.locator(`.rg-panel[data-topic-id="${target.id}"]`).waitFor();
  return target.id;
}

/**
 * Walks the open panel with Tab from its title to its last control, as a keyboard reader
 * would, and returns each control it reached that was not fully in view, or was covered, once
 * focused (the browser scrolls focus into view; a control it cannot bring into view, or that
 * something else covers, is lost to the reader). Also returns how many controls were reached.
 */
export async function walkPanel(page: Page): Promise<{ reached: number; lost: string[] }> {
  await page.locator('.rg-panel__title').focus();
  const lost: string[] = [];
  let reached = 0;
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press('Tab');
    const state = (await page.evaluate(`(() => {
      const focused = document.activeElement;
      if (!focused || !focused.closest('.rg-panel')) return null;
      const box = focused.getBoundingClientRect();
      // The middle of its first line: a link that wraps has a gap of no link in its box's middle.
      const line = focused.getClientRects()[0] || box;
      const x = line.left + line.width / 2;
      const y = line.top + line.height / 2;
      const hit = x >= 0 && x < innerWidth && y >= 0 && y < innerHeight ? document.elementFromPoint(x, y) : null;
      const inView = box.top >= -1 && box.bottom <= innerHeight + 1 && box.left >= -1 && box.right <= innerWidth + 1;
      const name = (focused.getAttribute('aria-label') || focused.textContent || '').trim().slice(0, 60);
      const ok = inView && !!hit && (focused === hit || focused.contains(hit));
      return { name: ok ? name : name + ' [' + Math.round(box.top) + '..' + Math.round(box.bottom) + ' of ' + innerHeight + (hit ? ', under ' + hit.className : '') + ']', ok };
    })()`)) as { name: string; ok: boolean } | null;
    if (!state) break;
    reached++;
    if (!state.ok) lost.push(state.name);
  }
  return { reached, lost };
}

/**
 * Checks the compact toolbar of a short view: a search that answers in view, and a menu whose
 * every control the reader can bring into view and reach. Returns what failed, empty when all works.
 */
export async function toolbarProblems(page: Page, query: string, expectedMatch: string): Promise<string[]> {
  const problems: string[] = [];
  await page.locator('.rg-toolbar').evaluate((toolbar) => toolbar.scrollIntoView({ block: 'start' }));
  const search = page.getByRole('combobox', { name: /search/i });
  const width = (await search.boundingBox())?.width ?? 0;
  if (width < 120) problems.push(`the search field is ${Math.round(width)} px wide`);
  await search.fill(query);
  const option = page.getByRole('option', { name: new RegExp(expectedMatch, 'i') }).first();
  await option.waitFor();
  if (!(await reachable(option))) problems.push(`the match "${expectedMatch}" is out of reach`);
  await search.fill('');
  await page.keyboard.press('Escape');
  const menu = page.locator('.rg-toolbar__menu-button');
  await menu.click();
  const controls = page.locator('.rg-toolbar__menu-panel').locator('button, a[href], input:not([type="file"]), summary');
  const count = await controls.count();
  if (count === 0) problems.push('the toolbar menu shows no controls');
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    if (!(await reachable(control))) problems.push(`menu control "${(await control.textContent())?.trim()}" is out of reach`);
  }
  await page.keyboard.press('Escape');
  return problems;
}

/** Whether the element can be scrolled fully into the view and is then the one a click hits. */
async function reachable(locator: ReturnType<Page['locator']>): Promise<boolean> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.top < -1 || box.bottom > innerHeight + 1 || box.left < -1 || box.right > innerWidth + 1) return false;
    const line = element.getClientRects()[0] ?? box;
    const hit = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    return !!hit && (element === hit || element.contains(hit));
  });
}
