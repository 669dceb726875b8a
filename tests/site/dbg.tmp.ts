import { openPage, startSite } from './siteHarness.js';
const site = await startSite();
const { page, problems } = await openPage(site, `${site.server.url}/playground/`);
await new Promise((r) => setTimeout(r, 5000));
console.log(problems, await page.locator('.playground-problem').allTextContents(), await page.locator('p.playground-status').first().textContent(), await page.locator('.playground-problems__count').textContent());
await site.close();
