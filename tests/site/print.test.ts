import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../react/support/runAxe.js';
import { measurePrintView, pdfLosses, printToPdf, SCREEN_ONLY } from '../support/printView.js';
import { roadmapOutlineFacts } from '../support/roadmapOutline.js';
import { waitForMapShown } from '../support/waitForMapShown.js';
import { DESKTOP, openPage, PHONE, SHOTS, startSite, type SiteHarness } from './siteHarness.js';

// Printing the home page (its map on screen, a topic's panel open), in the system's light and
// dark and with the site's own dark theme chosen, on a laptop and a phone: the paper gets the
// roadmap's outline in full, black on white, each link followed by its address, no topic cut by
// a page break, and none of the site's header or the map's controls. PDFs go to test-output/print/.
const PDFS = new URL('../../test-output/print/', import.meta.url).pathname;
const PYTHON = roadmapOutlineFacts();
const SITE_SCREEN_ONLY = [...SCREEN_ONLY, '.site-header', '.site-theme'];

let site: SiteHarness;

beforeAll(async () => {
  site = await startSite();
  mkdirSync(PDFS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await site?.close();
});

const CASES = [
  ['system light, laptop', 'light', undefined, DESKTOP],
  ['system dark, laptop', 'dark', undefined, DESKTOP],
  ['site theme dark, phone', 'light', 'dark', PHONE],
] as const;

describe('printing the home page', () => {
  for (const [name, colorScheme, siteTheme, viewport] of CASES) {
    it(`${name}: the outline prints in full, light on paper, with link addresses, without the header and controls`, async () => {
      const { context, page, problems } = await openPage(site, 'about:blank', { colorScheme, viewport, reducedMotion: true });
      if (siteTheme) await page.addInitScript((theme) => localStorage.setItem('roadmap-graph-site:theme', theme), siteTheme);
      await page.goto(`${site.server.url}/#topic=flask`);
      await waitForMapShown(page);
      await page.locator('.rg-panel').waitFor();

      const view = await measurePrintView(page, SITE_SCREEN_ONLY);
      expect([...view.printed].sort()).toEqual([...PYTHON.ids].sort());
      expect(view.scrollBoxes).toEqual([]);
      expect(view.linksWithoutAddress).toEqual([]);
      expect(view.screenOnly).toEqual([]);
      expect(view.lightestText).toBeLessThan(0.1);
      expect(view.darkestBackground).toBeGreaterThan(0.85);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      expect(await runAxe(page)).toEqual([]);
      const slug = name.replace(/\W+/g, '-');
      await page.screenshot({ path: `${SHOTS}print-home-${slug}.png` });

      const printed = await printToPdf(page, PYTHON.links);
      writeFileSync(`${PDFS}home-${slug}.pdf`, printed.pdf);
      expect(printed.pages).toBeGreaterThan(5);
      expect(pdfLosses(PYTHON, printed)).toEqual({ missingLinks: [], splitTopics: [] });
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
