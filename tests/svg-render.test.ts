import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { bakedLayoutFor, buildGraph, checkBakedLayout, parseRoadmap, renderSvg, WIDTH_CLASS_NAMES } from '@roadmap-graph/core';
import { launchBrowser } from './support/launchBrowser.js';

// The static SVG of `roadmap-graph render`, opened in a real browser: it must show every topic
// with its text inside its box, and run nothing.
const OUTPUT = new URL('../test-output/screenshots/', import.meta.url);
const parsed = parseRoadmap(readFileSync(new URL('../data/python-backend.roadmap.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('python-backend.roadmap.json is invalid');
const roadmap = parsed.roadmap;
const baked = checkBakedLayout(roadmap);
if (baked.status !== 'fresh') throw new Error('python-backend.roadmap.json has no fresh layout');
const graph = buildGraph(roadmap);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(OUTPUT, { recursive: true });
});
afterAll(async () => browser?.close());

const CASES = (['light', 'dark'] as const).flatMap((theme) => WIDTH_CLASS_NAMES.map((widthClass) => [theme, widthClass] as const));

describe.each(CASES)('static SVG in Chromium (%s, %s)', (theme, widthClass) => {
  it('shows every topic with its title inside its box, and runs no script', async () => {
    const layout = bakedLayoutFor(roadmap, widthClass);
    if (layout === undefined) throw new Error(`python-backend.roadmap.json has no ${widthClass} layout`);
    const svg = renderSvg(graph, layout, { theme });
    const file = new URL(`python-backend.${widthClass}.${theme}.svg`, OUTPUT);
    writeFileSync(file, svg);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(file.href);
    const report = await page.evaluate(() => {
      const problems: string[] = [];
      let topics = 0;
      for (const topic of document.querySelectorAll('.topic[data-id]')) {
        const rect = topic.querySelector(':scope > rect');
        const texts = topic.querySelectorAll(':scope > text');
        if (!topic.querySelector(':scope > title')?.textContent || !rect || !texts.length) {
          problems.push(`${topic.getAttribute('data-id')} lacks a title, box or label`);
          continue;
        }
        topics++;
        const box = rect.getBoundingClientRect();
        for (const text of texts) {
          const t = text.getBoundingClientRect();
          if (t.left < box.left - 1 || t.right > box.right + 1 || t.top < box.top - 1 || t.bottom > box.bottom + 1) {
            problems.push(`${text.textContent} overflows its box`);
          }
        }
      }
      return { topics, problems, scripts: document.querySelectorAll('script').length };
    });
    await page.close();
    // Chromium cannot screenshot an SVG document itself; an <img> of it shows the same picture.
    const { width, height } = layout;
    const shot = await browser.newPage({ viewport: { width: Math.ceil(width) + 200, height: Math.ceil(height) + 300 } });
    await shot.setContent(`<body style="margin:0"><img src="${file.href}"></body>`);
    await shot.waitForFunction(() => document.images[0]?.complete);
    await shot.screenshot({ path: new URL(`python-backend.${widthClass}.${theme}.png`, OUTPUT).pathname, fullPage: true });
    await shot.close();
    expect(errors).toEqual([]);
    expect(report.scripts).toBe(0);
    expect(report.problems).toEqual([]);
    expect(report.topics).toBe([...graph.nodes.values()].filter((n) => n.kind !== 'section' && !n.children.length).length);
  });
});
