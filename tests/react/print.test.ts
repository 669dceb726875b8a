import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePrintView, pdfLosses, printToPdf } from '../support/printView.js';
import { roadmapOutlineFacts } from '../support/roadmapOutline.js';
import { runAxe } from './support/runAxe.js';
import { startReactApp, TOPIC, type ReactApp } from './support/reactApp.js';

// Printing the fixture app's page with its map (light and dark, wide and on a phone, a panel
// open): the paper gets the roadmap's outline in full, black on white, each link followed by its
// address, no topic cut by a page break, and none of the controls. The PDFs go to
// test-output/print/ to be looked at.
const OUT = new URL('../../test-output/react-app-print/', import.meta.url).pathname;
const PDFS = new URL('../../test-output/print/', import.meta.url).pathname;
const PYTHON = roadmapOutlineFacts();

let app: ReactApp;

beforeAll(async () => {
  app = await startReactApp(OUT, 'react print tests');
  mkdirSync(PDFS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const SIZES = [
  ['wide', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const;

describe('printing a page with the map', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [size, viewport] of SIZES) {
      it(`${theme}, ${size}: the outline prints in full, light on paper, with link addresses and no controls`, async () => {
        const { page, problems } = await app.open(`?theme=${theme}`, { viewport, reducedMotion: true });
        await page.locator(`${TOPIC}[data-topic-id="flask"]`).click();
        await page.locator('.rg-panel').waitFor();

        const view = await measurePrintView(page);
        expect([...view.printed].sort()).toEqual([...PYTHON.ids].sort());
        expect(view.scrollBoxes).toEqual([]);
        expect(view.linksWithoutAddress).toEqual([]);
        expect(view.screenOnly).toEqual([]);
        expect(view.lightestText).toBeLessThan(0.1);
        expect(view.darkestBackground).toBeGreaterThan(0.85);
        expect(await runAxe(page)).toEqual([]);

        const printed = await printToPdf(page, PYTHON.links);
        writeFileSync(`${PDFS}react-app-${theme}-${size}.pdf`, printed.pdf);
        expect(printed.pages).toBeGreaterThan(5);
        expect(pdfLosses(PYTHON, printed)).toEqual({ missingLinks: [], splitTopics: [] });
        await page.close();
        expect(problems).toEqual([]);
      });
    }
  }
});
