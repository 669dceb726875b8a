import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useElementSuite } from './support/useElementSuite.js';
import { topicButton, waitForMap } from './support/shadow.js';
import { watchPage, type PageWatch } from './support/watchPage.js';

// The element's words: a page in French sets `labels` from the separate French module; the map,
// its toolbar, panel and error box then read and are named in French, in the page's language.
// Another element keeps English but for the words it replaces, in the language of its own `lang`.

const suite = useElementSuite();


async function open(): Promise<{ page: Page; watch: PageWatch }> {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const watch = watchPage(page, ['missing.roadmap.json']);
  await page.goto(`${suite.server.url}/labels.html`);
  return { page, watch };
}

/** The language on the element's frame: the map's root, its error box or its status line. */
const rootLang = (page: Page, host: string) =>
  page.locator(host).evaluate((element) => element.shadowRoot!.querySelector('.rg-element [part="root"]:not([data-first-map])')?.getAttribute('lang') ?? null);

// The machine may be busy: a state reached late is still reached.
const poll = { timeout: 15_000 };

describe('labels and lang', () => {
  it('shows and names the map in French, set as the language of its root', async () => {
    const { page, watch } = await open();
    await waitForMap(page, '#map');
    const map = page.locator('#map');
    await expect.poll(() => rootLang(page, '#map'), poll).toBe('fr');

    const tools = map.getByRole('group', { name: 'Outils de la feuille de route' });
    await expect.poll(() => tools.count(), poll).toBe(1);
    expect(await tools.getByRole('combobox', { name: 'Rechercher un sujet' }).getAttribute('placeholder')).toBe('Rechercher un sujet');
    expect(await tools.locator('.rg-toolbar__progress-text').textContent()).toBe('0 sur 3 terminé');
    expect(await tools.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('0 sujet terminé sur 3 (0\u00a0%)');
    expect(await tools.getByRole('button', { name: 'Réinitialiser la progression' }).count()).toBe(1);
    expect(await map.getByRole('button', { name: 'Zoom avant' }).count()).toBe(1);
    expect(await topicButton(page, '#map', 'beta').getAttribute('aria-label')).toBe('Beta, intermédiaire, 1 prérequis');

    await topicButton(page, '#map', 'alpha').click();
    const panel = map.getByRole('region', { name: 'Alpha' });
    await expect.poll(() => panel.count(), poll).toBe(1);
    expect(await panel.getByRole('button', { name: 'Fermer le panneau' }).count()).toBe(1);
    expect(await panel.getByRole('heading', { name: 'Ressources' }).count()).toBe(1);
    expect(await panel.locator('.rg-mark--level').textContent()).toBe('Débutant');
    await panel.getByRole('button', { name: 'Terminé' }).click();
    await expect.poll(() => tools.locator('.rg-toolbar__progress-text').textContent(), poll).toBe('1 sur 3 terminé');
    expect(await tools.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('1 sujet terminé sur 3 (33\u00a0%)');

    // The error box of an element whose data is missing speaks French too.
    await expect.poll(() => page.locator('#broken').getByRole('alert').locator('h2').textContent(), poll).toBe('La feuille de route n’a pas pu être affichée');
    await page.close();
    expect(watch.problems).toEqual([]);
  });

  it('follows its own lang attribute, and keeps English beside the words it replaces', async () => {
    const { page, watch } = await open();
    await waitForMap(page, '#own');
    const own = page.locator('#own');
    await expect.poll(() => rootLang(page, '#own'), poll).toBe('de-CH');
    await expect.poll(() => own.getByRole('button', { name: 'Hineinzoomen' }).count(), poll).toBe(1);
    expect(await own.getByRole('button', { name: 'Zoom out' }).count()).toBe(1);
    expect(await own.getByRole('group', { name: 'Roadmap tools' }).count()).toBe(1);

    await own.evaluate((element) => element.setAttribute('lang', 'it'));
    await expect.poll(() => rootLang(page, '#own'), poll).toBe('it');
    await own.evaluate((element) => element.removeAttribute('lang'));
    // Without its own, the page's.
    await expect.poll(() => rootLang(page, '#own'), poll).toBe('fr');
    await page.close();
    expect(watch.problems).toEqual([]);
  });
});
