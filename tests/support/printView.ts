import type { Page } from 'playwright-core';
import { readPrintedPdf } from './printedPdf.js';
import type { RoadmapOutlineFacts } from './roadmapOutline.js';

/** What the print-media view of a page puts on paper, measured in the page (and in open shadow roots). */
export interface PrintView {
  /** Ids of the sections and topics whose title is on paper: a box, visible, inside every box that clips. */
  printed: string[];
  /** Boxes around the outline that would clip it or scroll it (paper cannot scroll). */
  scrollBoxes: string[];
  /** Links of the printed outline that are not followed by their address. */
  linksWithoutAddress: string[];
  /** Elements matching the `screenOnly` selectors that would print anyway. */
  screenOnly: string[];
  /** The lightest text colour of the printed titles and links, as relative luminance (0 black, 1 white). */
  lightestText: number;
  /** The darkest background behind them, as relative luminance; 1 when nothing is painted (the paper). */
  darkestBackground: number;
}

/** What must never print: controls, the toolbar, the panel and the map's canvas. */
export const SCREEN_ONLY = ['button', 'input', 'select', 'textarea', '.rg-toolbar', '.rg-panel', '.react-flow'];

/**
 * Starts printing the page (`beforeprint`, print media) and measures {@link PrintView}; the page stays in print
 * media (for an axe run or a screenshot) until `emulateMedia({ media: null })`. Evaluated as a
 * string, so no transpiler helper ends up in the page.
 */
export async function measurePrintView(page: Page, screenOnly: readonly string[] = SCREEN_ONLY): Promise<PrintView> {
  // As a browser prints: beforeprint (what the page puts on paper is rendered then), then print
  // media. Emulated media alone reports its change to the page only at its next frame.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(`(() => {
    const screenOnly = ${JSON.stringify(screenOnly)};
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const element of roots[i].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    const all = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
    const parentOf = (element) => element.parentElement || (element.getRootNode() instanceof ShadowRoot ? element.getRootNode().host : null);
    const shown = (element) => element.getClientRects().length > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const describe = (element) => element.localName + (element.id ? '#' + element.id : '') + (element.classList.length ? '.' + [...element.classList].join('.') : '');
    const clipped = (element) => {
      const box = element.getBoundingClientRect();
      for (let up = parentOf(element); up && up !== document.documentElement; up = parentOf(up)) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const frame = up.getBoundingClientRect();
        if (box.top < frame.top - 1 || box.bottom > frame.bottom + 1 || box.left < frame.left - 1 || box.right > frame.right + 1) return true;
      }
      return false;
    };
    const luminance = (color) => {
      const [r, g, b, a = 1] = (color.match(/[\\d.]+/g) || []).map(Number);
      const channel = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return { value: 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b), alpha: a };
    };
    const background = (element) => {
      for (let up = element; up; up = parentOf(up)) {
        const { value, alpha } = luminance(getComputedStyle(up).backgroundColor);
        if (alpha > 0.5) return value;
      }
      return 1;
    };
    const outlines = all('.rg-outline').filter(shown);
    const printed = [];
    const scrollBoxes = new Set();
    const linksWithoutAddress = [];
    let lightestText = 0;
    let darkestBackground = 1;
    for (const outline of outlines) {
      for (let up = outline; up && up !== document.documentElement && up !== document.body; up = parentOf(up)) {
        const style = getComputedStyle(up);
        const scrolls = up.scrollHeight > up.clientHeight + 1 || up.scrollWidth > up.clientWidth + 1;
        if (scrolls && !(style.overflowX === 'visible' && style.overflowY === 'visible')) scrollBoxes.add(describe(up));
      }
      for (const item of outline.querySelectorAll('[data-topic-id]')) {
        const title = item.querySelector(':scope > .rg-outline__heading, :scope > .rg-outline__line > .rg-outline__title');
        if (!title || !shown(title) || clipped(title)) continue;
        printed.push(item.dataset.topicId);
        lightestText = Math.max(lightestText, luminance(getComputedStyle(title).color).value);
        darkestBackground = Math.min(darkestBackground, background(title));
      }
      for (const link of outline.querySelectorAll('a[href]')) {
        if (!shown(link)) continue;
        const href = link.getAttribute('href');
        if (!href.startsWith('#') && !getComputedStyle(link, '::after').content.includes(href)) linksWithoutAddress.push(href);
        lightestText = Math.max(lightestText, luminance(getComputedStyle(link).color).value);
        darkestBackground = Math.min(darkestBackground, background(link));
      }
    }
    const screenOnlyShown = screenOnly.flatMap((selector) => all(selector).filter(shown).map((element) => selector + ': ' + describe(element)));
    return { printed, scrollBoxes: [...scrollBoxes], linksWithoutAddress, screenOnly: screenOnlyShown, lightestText, darkestBackground };
  })()`);
}

/** A page printed to PDF (A4, a printer's usual margins, backgrounds on, as the worst case for a dark theme). */
export interface PrintedPage {
  pages: number;
  /**
   * For each resource link expected (in reading order), the page it was printed on, or -1 when
   * it was not found in order after the previous one.
   */
  pageOf: number[];
}

/**
 * Prints the page to PDF and finds the expected links, in order, among the PDF's link
 * annotations (a link that wraps is one annotation per line: repeats in a row count once).
 */
export async function printToPdf(page: Page, expectedLinks: readonly string[]): Promise<PrintedPage & { pdf: Buffer }> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  const { pages, links } = readPrintedPdf(pdf);
  const sequence = links.flatMap((onPage, index) => onPage.filter((uri, i) => uri !== onPage[i - 1]).map((uri) => ({ uri, page: index })));
  const pageOf: number[] = [];
  let at = 0;
  for (const expected of expectedLinks) {
    // Chromium writes a link's address resolved and normalised (https://host → https://host/).
    const wanted = new URL(expected, page.url()).href;
    const found = sequence.findIndex((link, i) => i >= at && (link.uri === wanted || link.uri === expected));
    if (found === -1) {
      pageOf.push(-1);
      continue;
    }
    pageOf.push(sequence[found]!.page);
    at = found + 1;
  }
  return { pages, pageOf, pdf };
}

/** What a printed PDF lost of a roadmap's outline: resource links not found, and topics cut across pages. */
export function pdfLosses(facts: RoadmapOutlineFacts, printed: PrintedPage): { missingLinks: string[]; splitTopics: string[] } {
  const missingLinks = facts.links.filter((_, i) => printed.pageOf[i] === -1);
  const splitTopics: string[] = [];
  let at = 0;
  for (const topic of facts.topics) {
    const pages = new Set(printed.pageOf.slice(at, at + topic.resources.length));
    at += topic.resources.length;
    if (pages.size > 1) splitTopics.push(`${topic.title} (pages ${[...pages].map((page) => page + 1).join(', ')})`);
  }
  return { missingLinks, splitTopics };
}
