import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Ajv from 'ajv';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, packPackages, timings } from '../fences/support/fenceSite.js';
import { run } from '../support/run.js';
import { pythonRoadmap } from '../react/support/pythonRoadmap.js';
import { launchBrowser } from '../support/launchBrowser.js';
import { type Box, mapGeometry } from '../support/mapGeometry.js';
import { serveStatic } from '../support/serveStatic.js';
import { TOPIC, waitForMapShown } from '../support/waitForMapShown.js';
import { assertElementBuilt, PATHS } from './support/elementPaths.js';
import { buildViteApp, makeViteApp, startViteDev } from './support/viteApp.js';
import { watchPage } from './support/watchPage.js';

// @roadmap-graph/element as published (`pnpm pack` of its build), imported by an app that a
// bundler builds: `import '@roadmap-graph/element'` and nothing else. The ES module names its
// workers as `new URL('./roadmap-graph.layout-worker.js', import.meta.url)` and likewise the
// read worker, which Vite sees, so the app's build carries both, and a Markdown outline is read
// and laid out, with no `workerUrl` and no Vite config. Needs `pnpm build` first.

const { topicIds } = pythonRoadmap();
let work: string;
let tarball: string;
let app: string;
let browser: Browser;

beforeAll(async () => {
  assertElementBuilt();
  work = mkdtempSync(join(tmpdir(), 'roadmap-graph-element-app-'));
  await packPackages(['element'], work);
  tarball = join(work, 'tarballs/element.tgz');
  app = join(work, 'app');
  await makeViteApp(app, tarball);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  console.log(`element package: ${Object.entries(timings).map(([step, ms]) => `${step} ${Math.round(ms)} ms`).join(', ')}`);
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Opens the app at `url` (running `script` first, if any) and checks what a reader sees: every
 * topic of the roadmap on the map, laid out (no two overlapping, spread over rows and columns),
 * no error box, nothing wrong on the console or the network. Returns the worker scripts the page
 * started.
 */
async function expectRoadmapLaidOut(url: string, script = ''): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const watch = watchPage(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // A generous deadline (the default is 30 s): vite dev serves the worker with an inline source
  // map (9 MB), and this machine may be loaded; what is tested is that the worker is found.
  await page.addInitScript(`customElements.whenDefined('roadmap-graph').then(() => {
    for (const map of document.querySelectorAll('roadmap-graph')) map.layoutTimeout = 120000;
  })`);
  if (script) await page.addInitScript(script);
  try {
    await page.goto(url);
    // The map or the error box, whichever comes: a worker that cannot run ends in the latter.
    const error = page.locator('roadmap-graph .rg-error');
    await page.locator(`roadmap-graph .rg-error, roadmap-graph ${TOPIC}`).first().waitFor({ timeout: 120_000 });
    expect(await error.count(), `no error box: ${await error.allTextContents()}`).toBe(0);
    await waitForMapShown(page, 'roadmap-graph', 120_000);
    const { allTopics } = await mapGeometry(page, 'roadmap-graph');
    expect(allTopics.map((topic) => topic.id).sort()).toEqual([...topicIds].sort());
    // A group's title bar touches its first row; boxes that cross by more than 2 px are a layout gone wrong.
    const clash = (a: Box, b: Box): boolean =>
      Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 2 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 2;
    const overlapping = allTopics.flatMap((a, i) => allTopics.slice(i + 1).filter((b) => clash(a.box, b.box)).map((b) => `${a.id} / ${b.id}`));
    expect(overlapping, 'topics laid out apart').toEqual([]);
    const rows = new Set(allTopics.map((topic) => Math.round(topic.box.y)));
    const columns = new Set(allTopics.map((topic) => Math.round(topic.box.x)));
    expect(rows.size, 'rows of topics').toBeGreaterThan(3);
    expect(columns.size, 'columns of topics').toBeGreaterThan(1);
    expect(watch.problems).toEqual([]);
    return workers;
  } finally {
    await context.close();
  }
}

describe('the element as published, in a Vite app that only imports it', () => {
  it('vite build carries the workers, and a Markdown outline is read and laid out', async () => {
    const out = join(work, 'dist');
    await buildViteApp(app, out);
    const server = await serveStatic({ '/': out, '/elsewhere': PATHS.dist });
    try {
      const workers = await expectRoadmapLaidOut(`${server.url}/`);
      // The workers are the app's own copies, hashed by Vite among its assets: the outline is read, then laid out.
      expect(workers).toEqual(['read', 'layout'].map((role) => expect.stringMatching(new RegExp(`^${server.url}/assets/roadmap-graph\\.${role}-worker-[\\w-]+\\.js$`))));
      // RoadmapGraphElement.workerUrl, set before the roadmap loads, still wins over the bundled
      // copies: the layout worker it names reads too.
      const moved = await expectRoadmapLaidOut(
        `${server.url}/`,
        `customElements.whenDefined('roadmap-graph').then(() => { customElements.get('roadmap-graph').workerUrl = '/elsewhere/roadmap-graph.layout-worker.js'; })`,
      );
      expect(moved).toEqual([`${server.url}/elsewhere/roadmap-graph.layout-worker.js`, `${server.url}/elsewhere/roadmap-graph.layout-worker.js`]);
    } finally {
      await server.close();
    }
  }, 180_000);

  it('vite dev, which pre-bundles the package into .vite/deps, finds the workers in node_modules', async () => {
    const server = await startViteDev(app);
    try {
      const workers = await expectRoadmapLaidOut(`${server.url}/`);
      expect(workers).toEqual(['read', 'layout'].map((role) => `${server.url}/node_modules/@roadmap-graph/element/dist/roadmap-graph.${role}-worker.js`));
    } finally {
      await server.close();
    }
  }, 180_000);
});

describe('custom-elements.json, as packed', () => {
  it('is in the tarball where package.json points, and valid against the Custom Elements Manifest schema', async () => {
    const files = ok(await run('tar', ['-tzf', tarball], work), 'tar').stdout.split('\n');
    expect(files).toContain('package/custom-elements.json');
    const manifestJson = JSON.parse(ok(await run('tar', ['-xzOf', tarball, 'package/package.json'], work), 'tar').stdout) as { customElements: string; dependencies?: object };
    expect(manifestJson.customElements).toBe('custom-elements.json');
    expect(manifestJson.dependencies, 'the scripts bundle everything').toBeUndefined();
    const elements = JSON.parse(ok(await run('tar', ['-xzOf', tarball, 'package/custom-elements.json'], work), 'tar').stdout) as {
      schemaVersion: string;
      modules: { path: string; declarations: { tagName?: string; attributes?: unknown[]; events?: unknown[] }[] }[];
    };
    const schema = JSON.parse(readFileSync(new URL('../node_modules/custom-elements-manifest/schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(elements), JSON.stringify(validate.errors)).toBe(true);
    expect(elements.schemaVersion).toMatch(/^2\./);
    const [module] = elements.modules;
    // The module it describes is the package's entry, and it is in the tarball.
    expect(files).toContain(`package/${module?.path}`);
    expect(module?.declarations[0]?.tagName).toBe('roadmap-graph');
  });
});
