import { roadmapJsonSchema } from '@roadmap-graph/core';
import { THEME_TOKENS } from '@roadmap-graph/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, openPage, PHONE, shoot, startSite, type SiteHarness } from './siteHarness.js';

// The docs page of the built site: quick starts, the schema reference, theming, the element.
let site: SiteHarness;

beforeAll(async () => {
  site = await startSite();
}, 120_000);

afterAll(async () => {
  await site?.close();
});

const defs = (roadmapJsonSchema().$defs ?? {}) as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;

describe('docs page', () => {
  it('has the three quick starts, each with code to copy', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/docs/`);
    for (const heading of ['Quick start: a script tag, on any page', 'Quick start: React', 'Quick start: the CLI', 'Markdown fences: Astro, Docusaurus, VitePress, Eleventy, Hugo, Jekyll, MkDocs']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    const scriptTag = await page.getByRole('figure', { name: 'Script tag quick start' }).textContent();
    expect(scriptTag).toContain(`${site.server.url}/element/roadmap-graph.js`);
    expect(await page.getByRole('figure', { name: 'React component' }).textContent()).toContain("import { RoadmapGraph } from '@roadmap-graph/react'");
    expect(await page.getByRole('figure', { name: 'CLI commands' }).textContent()).toContain('npx @roadmap-graph/core layout');
    expect(await page.getByRole('figure', { name: 'Roadmap fence' }).textContent()).toContain('```roadmap\n# Web basics');
    expect(await page.getByRole('figure', { name: 'Astro config' }).textContent()).toContain("import rehypeRoadmapGraph from '@roadmap-graph/rehype'");
    expect(await page.getByRole('figure', { name: 'Docusaurus config' }).textContent()).toContain('beforeDefaultRehypePlugins: [[rehypeRoadmapGraph');
    for (const name of ['Hugo layout', 'Jekyll layout']) expect(await page.getByRole('figure', { name }).textContent()).toContain('data-fences');
    expect(await page.getByRole('figure', { name: 'MkDocs script' }).textContent()).toContain('upgradeFences(document)');
    for (const name of ['VitePress config', 'Eleventy config']) {
      expect(await page.getByRole('figure', { name }).textContent()).toContain("import roadmapGraph from '@roadmap-graph/markdown-it'");
    }

    await page.getByRole('figure', { name: 'CLI commands' }).getByRole('button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('npx @roadmap-graph/core validate');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the schema reference lists every field of every object of the JSON Schema, required ones marked', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/docs/`);
    for (const [name, def] of Object.entries(defs)) {
      const table = page.getByRole('region', { name: new RegExp(`^${name}\\b`) }).first();
      const rows = await table.locator('tbody th').allTextContents();
      const fields = rows.map((row) => row.replace(/ required$/, ''));
      expect(fields, name).toEqual(Object.keys(def.properties ?? {}));
      const required = rows.filter((row) => row.endsWith(' required')).map((row) => row.replace(/ required$/, ''));
      expect(required.sort(), name).toEqual([...(def.required ?? [])].sort());
    }
    // A reference to another object is a link to its table.
    await page.getByRole('region', { name: /^Section\b/ }).getByRole('link', { name: 'Topic' }).click();
    expect(new URL(page.url()).hash).toBe('#schema-topic');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists every theme property and the element’s attributes, properties and events', async () => {
    const { context, page, problems } = await openPage(site, `${site.server.url}/docs/`);
    const properties = await page.getByRole('region', { name: 'Theme properties' }).locator('tbody th').allTextContents();
    expect(properties).toEqual(THEME_TOKENS.map((token) => token.name));
    const names = async (caption: string) => page.getByRole('region', { name: caption }).locator('tbody th').allTextContents();
    expect((await names('Attributes')).sort()).toEqual(['src', 'theme', 'direction', 'height', 'gestures', 'topic', 'progress', 'hash-links', 'search', 'outline', 'lang'].sort());
    expect(await names('Events')).toEqual(['ready', 'topic-select', 'progress-change', 'error']);
    expect(await names('Properties and methods')).toEqual(expect.arrayContaining(['roadmap', 'layout', 'progress', 'labels', 'openTopic(id)', 'closeTopic()', 'fit()']));
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`screenshot: ${colorScheme}, ${device}`, async () => {
        const { context, page, problems } = await openPage(site, `${site.server.url}/docs/`, { colorScheme, viewport });
        await page.getByRole('heading', { level: 1, name: 'Docs' }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await shoot(page, `docs-${colorScheme}-${device}`);
        await page.getByRole('heading', { level: 2, name: 'Schema reference' }).scrollIntoViewIfNeeded();
        await shoot(page, `docs-schema-${colorScheme}-${device}`);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
