import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clip, mapGeometry } from '../support/mapGeometry.js';
import { pythonRoadmap } from './support/pythonRoadmap.js';
import { startReactApp, TOPIC, type ReactApp } from './support/reactApp.js';

// What an accessibility audit checks by hand on the map (issue "Make the map look designed"):
// contrast while dimmed, text spacing, motion, structure for screen readers, announcements,
// target sizes. Measured in Chromium on the fixture app, light and dark.
const OUT = new URL('../../test-output/react-a11y-map/', import.meta.url).pathname;
const { topicIds } = pythonRoadmap();

let app: ReactApp;

beforeAll(async () => {
  app = await startReactApp(OUT, 'react map a11y tests');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** WCAG contrast ratio of two `rgb(…)`/`rgba(…)` colours (the second opaque). */
function contrast(foreground: string, background: string): number {
  const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const linear = [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  };
  const [a, b] = [luminance(channels(foreground)), luminance(channels(background))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Colours of every topic's title and detail line and the box behind them. */
function topicColours(page: Page) {
  return page.evaluate(`[...document.querySelectorAll('.react-flow__node .rg-topic')].map((topic) => ({
    id: topic.querySelector('button[data-topic-id]').dataset.topicId,
    lit: topic.classList.contains('rg-topic--lit'),
    title: getComputedStyle(topic.querySelector('.rg-topic__title')).color,
    detail: topic.querySelector('.rg-topic__detail') ? getComputedStyle(topic.querySelector('.rg-topic__detail')).color : null,
    background: getComputedStyle(topic).backgroundColor,
  }))`) as Promise<{ id: string; lit: boolean; title: string; detail: string | null; background: string }[]>;
}

describe.each(['light', 'dark'] as const)('the map, %s theme', (theme) => {
  it('dimmed while a prerequisite chain is shown, every topic keeps text at WCAG AA contrast (4.5:1)', async () => {
    const { page, problems } = await app.open(`?theme=${theme}`, { reducedMotion: true });
    await page.locator(`${TOPIC}[data-topic-id="flask-restful"]`).click();
    await page.getByRole('region', { name: 'Flask-RESTful APIs' }).waitFor();
    const colours = await topicColours(page);
    expect(colours.filter((topic) => !topic.lit).length).toBeGreaterThan(20);
    for (const topic of colours) {
      expect(contrast(topic.title, topic.background), `${topic.id} title`).toBeGreaterThanOrEqual(4.5);
      if (topic.detail) expect(contrast(topic.detail, topic.background), `${topic.id} detail`).toBeGreaterThanOrEqual(4.5);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('with the WCAG 1.4.12 text-spacing override, every topic box still holds its text, nothing overlaps', async () => {
    const { page, problems } = await app.open(`?theme=${theme}`, { reducedMotion: true });
    await page.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    // The map lays itself out again for the wider text: wait until what the reader sees fits.
    const overflowing = () =>
      page.evaluate(`[...document.querySelectorAll('.react-flow__node .rg-topic')].filter((topic) => {
        const button = topic.querySelector('button[data-topic-id]');
        const box = topic.getBoundingClientRect();
        const parts = [...topic.querySelectorAll('.rg-topic__title, .rg-topic__detail-line, .rg-topic__aside')].map((part) => part.getBoundingClientRect());
        const check = topic.querySelector('.rg-topic__check');
        const title = topic.querySelector('.rg-topic__title').getBoundingClientRect();
        const inside = parts.every((part) => part.left >= box.left - 1 && part.right <= box.right + 1 && part.top >= box.top - 1 && part.bottom <= box.bottom + 1);
        const clear = !check || check.getBoundingClientRect().right - 4 <= title.left;
        return !inside || !clear || button.scrollWidth > button.clientWidth + 1;
      }).map((topic) => topic.querySelector('button[data-topic-id]').dataset.topicId)`) as Promise<string[]>;
    await expect.poll(overflowing, { timeout: 30_000 }).toEqual([]);
    expect(await page.locator(TOPIC).count()).toBe(topicIds.length);
    await page.screenshot({ path: `${OUT}text-spacing-${theme}.png` });
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('the map for assistive technology, motion and touch', () => {
  it('screen readers: topics inside named section groups, no unnamed images, one import button', async () => {
    const { page, problems } = await app.open('');
    const tree = await page.locator('.rg-root').ariaSnapshot();
    expect(tree).not.toMatch(/^\s*- img\s*$/m);
    // "Progress file to import" is the hidden file input: not a second button.
    expect(tree).not.toContain('Progress file to import');
    // The map's topics and their checks sit in their section's group (aria-owns): a screen reader
    // announces the section on entering it.
    const [, indent, section = ''] = tree.match(/^( *)- group "Learn Python Fundamentals, section[^\n]*\n((?:\1 {2}.*\n)+)/m) ?? [];
    const child = (name: string) => new RegExp(`^${indent}  - button "${name}`, 'm');
    expect(section).toMatch(child('Syntax, Types and Operators, beginner'));
    expect(section).toMatch(child('Mark Syntax, Types and Operators as done"'));
    expect(section).toMatch(child('File I/O, beginner'));
    await page.close();
    expect(problems).toEqual([]);
  });

  it('marking a topic done is announced politely', async () => {
    const { page, problems } = await app.open('#topic=http-methods');
    const panel = page.getByRole('region', { name: 'HTTP Methods' });
    await panel.getByRole('button', { name: 'Done' }).click();
    const status = page.locator('.rg-root > p[role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^HTTP Methods: done\. \d+ of 42 topics done\.$/);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('with reduced motion asked for, pans and zooms jump: one step, no animation', async () => {
    const { page, problems } = await app.open('', { reducedMotion: true });
    // Counts the viewport's moves until it has kept still for a few frames after an action.
    const moves = async (action: () => Promise<void>): Promise<number> => {
      await page.evaluate(`window.__moves = 0; window.__watch = new MutationObserver(() => window.__moves++);
        window.__watch.observe(document.querySelector('.react-flow__viewport'), { attributes: true, attributeFilter: ['style'] });`);
      await action();
      await page.evaluate(`new Promise((done) => { let still = 0, last = -1; const frame = () => {
        if (window.__moves === last) still++; else { still = 0; last = window.__moves; }
        if (still >= 10) { window.__watch.disconnect(); done(); } else requestAnimationFrame(frame); }; frame(); })`);
      return page.evaluate(() => (window as unknown as { __moves: number }).__moves);
    };
    expect(await moves(() => page.getByRole('button', { name: 'Zoom in' }).click())).toBe(1);
    expect(await moves(() => page.getByRole('button', { name: 'Fit the whole roadmap' }).click())).toBe(1);
    expect(await moves(() => page.locator(`${TOPIC}[data-topic-id="docker"]`).click())).toBeLessThanOrEqual(1);
    await page.close();
    expect(problems).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('on a phone (%s), Tab stays in the open panel: the topics and toolbar it covers take no focus', async (theme) => {
    const { page, problems } = await app.open(`?theme=${theme}#topic=flask`, { viewport: { width: 390, height: 844 } });
    const panel = page.getByRole('region', { name: 'Flask' });
    await panel.waitFor();
    const stops = await panel.locator('a[href], button').count();
    const outside: string[] = [];
    // Twice round the panel, past its last link where focus once went on to hidden topics. (The
    // page's own way out, the skip button, is not behind the panel.)
    for (let press = 0; press < 2 * stops + 2; press++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(`(() => { const a = document.activeElement;
        if (!a || a === document.body || a.classList.contains('rg-skip')) return null;
        return a.closest('section.rg-panel') ? null : (a.getAttribute('aria-label') || a.textContent.trim()).slice(0, 60); })()`);
      if (where) outside.push(where as string);
    }
    expect(stops).toBeGreaterThan(3);
    expect(outside).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('on a phone, every control on the map in view is a target of at least 24 × 24 px', async () => {
    const { page, problems } = await app.open('', { viewport: { width: 390, height: 844 } });
    const geometry = await mapGeometry(page);
    const targets = await page.evaluate(`[...document.querySelectorAll('.rg-map button, .rg-map a, .rg-map summary')]
      .map((element) => ({ name: element.getAttribute('aria-label') || element.textContent.trim(), ...element.getBoundingClientRect().toJSON() }))`) as ({ name: string } & DOMRect)[];
    const visible = targets.filter((target) => target.width > 0 && (clip(target, geometry.canvas) || target.y >= geometry.canvas.y + geometry.canvas.height));
    expect(visible.length).toBeGreaterThan(10);
    const small = visible.filter((target) => target.width < 24 || target.height < 24).map((target) => `${target.name} ${target.width}×${target.height}`);
    expect(small).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });
});
