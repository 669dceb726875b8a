import { launchBrowser } from '/work/main/tests/support/launchBrowser.ts';
const out = process.argv[2] ?? '/tmp/shots/v2';
const browser = await launchBrowser();
const shots = [
  { name: 'home-1280', url: '/', vp: { width: 1280, height: 800 } },
  { name: 'home-390', url: '/', vp: { width: 390, height: 844 } },
  { name: 'blog-760', url: '/blog/', vp: { width: 760, height: 900 }, el: '#python-map' },
  { name: 'blog-1280', url: '/blog/', vp: { width: 1280, height: 800 }, el: '#python-map' },
  { name: 'blog-390', url: '/blog/', vp: { width: 390, height: 844 }, el: '#python-map' },
  { name: 'home-1280-flask', url: '/#topic=flask', vp: { width: 1280, height: 800 } },
  { name: 'home-390-flask', url: '/#topic=flask', vp: { width: 390, height: 844 } },
];
for (const scheme of ['light', 'dark'] as const) for (const s of shots) {
  const ctx = await browser.newContext({ viewport: s.vp, colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4180' + s.url);
  if (s.el) await page.locator(s.el).scrollIntoViewIfNeeded();
  await page.locator(`${s.el ?? ''} .react-flow__node button`.trim()).first().waitFor();
  await (await import('/work/main/tests/support/waitForMapShown.ts')).waitForMapShown(page, s.el ?? '');
  await page.waitForFunction(() => true);
  const info = await page.evaluate((sel) => { const root = sel ? document.querySelector(sel)!.shadowRoot! : document; const v = root.querySelector('.react-flow__viewport') as HTMLElement; const r = (sel ? document.querySelector(sel)! : root.querySelector('.rg-root')!).getBoundingClientRect(); return { t: v.style.transform, w: r.width, h: r.height, docW: document.documentElement.scrollWidth }; }, s.el ?? null);
  console.log(scheme, s.name, JSON.stringify(info));
  if (s.el) await page.locator(s.el).screenshot({ path: `${out}/${s.name}-${scheme}.png` });
  else await page.screenshot({ path: `${out}/${s.name}-${scheme}.png` });
  await ctx.close();
}
await browser.close();
