import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/launchBrowser.js';
import { serveStatic, type StaticServer } from '../support/serveStatic.js';
import { pythonRoadmap } from './support/pythonRoadmap.js';
import { TOPIC, waitForMapShown } from './support/reactApp.js';
import { run, type RunResult } from '../support/run.js';

// @roadmap-graph/core and @roadmap-graph/react as published: `pnpm pack` of the built packages,
// a fresh Vite + React + TypeScript app (tests/react/consumer-app) outside the repository that
// installs the two tarballs and everything else from the npm registry, type-checks, builds, and
// renders the Python roadmap in Chromium. Needs `pnpm build` first (the root `pnpm test` does it).
const ROOT = new URL('../../', import.meta.url).pathname;
const TEMPLATE = new URL('./consumer-app/', import.meta.url).pathname;
const { topicIds } = pythonRoadmap();

/** React versions the peer range (>=18) promises; the template pins the newest. */
const REACT_VERSIONS = [
  { major: 19, dependencies: {}, devDependencies: {} },
  {
    major: 18,
    dependencies: { react: '^18.3.1', 'react-dom': '^18.3.1' },
    devDependencies: { '@types/react': '^18.3.0', '@types/react-dom': '^18.3.0' },
  },
] as const;

let work: string;
const apps: Record<number, string> = {};
const tarballs: Record<'core' | 'react', string> = { core: '', react: '' };
const timings: Record<string, number> = {};

function ok(result: RunResult, what: string): RunResult {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stderr.slice(-4000)}\n${result.stdout.slice(-4000)}`);
  return result;
}

/** package.json of a tarball, as npm will see it. */
async function packedManifest(tarball: string): Promise<Record<string, unknown>> {
  return JSON.parse(ok(await run('tar', ['-xzOf', tarball, 'package/package.json'], work), 'tar').stdout) as Record<string, unknown>;
}

async function packedFiles(tarball: string): Promise<string[]> {
  return ok(await run('tar', ['-tzf', tarball], work), 'tar')
    .stdout.split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
}

beforeAll(async () => {
  for (const name of ['core', 'react'] as const) {
    const entry = join(ROOT, 'packages', name, 'dist/index.js');
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`pnpm build\` first`);
  }
  work = mkdtempSync(join(tmpdir(), 'roadmap-graph-consumer-'));
  const packs = join(work, 'tarballs');
  for (const name of ['core', 'react'] as const) {
    const packed = ok(await run('pnpm', ['pack', '--pack-destination', packs], join(ROOT, 'packages', name)), `pnpm pack ${name}`);
    timings[`pnpm pack ${name}`] = packed.ms;
    const file = readdirSync(packs).find((f) => f.startsWith(`roadmap-graph-${name}-`) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for ${name}:\n${packed.stdout}`);
    tarballs[name] = join(packs, `${name}.tgz`);
    renameSync(join(packs, file), tarballs[name]);
  }
  for (const react of REACT_VERSIONS) {
    const dir = join(work, `app-react${react.major}`);
    cpSync(TEMPLATE, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'package.template.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    Object.assign(manifest.dependencies, react.dependencies);
    Object.assign(manifest.devDependencies, react.devDependencies);
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    rmSync(join(dir, 'package.template.json'));
    cpSync(join(ROOT, 'data/python-backend.roadmap.json'), join(dir, 'src/python-backend.roadmap.json'));
    // The registry is reachable where this runs (developers, CI); the npm cache makes repeats quick.
    const installed = ok(await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir), `npm install (React ${react.major})`);
    timings[`npm install (React ${react.major})`] = installed.ms;
    apps[react.major] = dir;
  }
}, 180_000);

afterAll(() => {
  console.log(
    `package consumption: ${Object.entries(timings)
      .map(([step, ms]) => `${step} ${Math.round(ms)} ms`)
      .join(', ')}`,
  );
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packages as published, in a fresh Vite + React + TypeScript app', () => {
  it('package.json: exports with types first, shipped files, CSS kept as a side effect, React as a peer', async () => {
    for (const name of ['core', 'react'] as const) {
      const manifest = await packedManifest(tarballs[name]);
      const files = await packedFiles(tarballs[name]);
      const exports = manifest.exports as Record<string, string | Record<string, string>>;
      for (const [path, target] of Object.entries(exports)) {
        // `types` must come first: TypeScript takes the first condition that matches.
        if (typeof target === 'object') expect(Object.keys(target)[0], `${name} exports["${path}"]`).toBe('types');
        for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
          expect(files, `${name}: ${path} -> ${file}`).toContain(file.replace(/^\.\//, ''));
        }
      }
      expect(exports['./package.json'], name).toBe('./package.json');
      expect(JSON.stringify(manifest), `${name}: workspace: specifiers must be replaced when packing`).not.toContain('workspace:');
      expect(files.filter((file) => /^(src|test)\//.test(file)), `${name} ships no sources or tests`).toEqual([]);
      expect(manifest.type, name).toBe('module');
    }
    const react = await packedManifest(tarballs.react);
    expect(react.peerDependencies).toEqual({ react: '>=18', 'react-dom': '>=18' });
    expect(Object.keys((react.dependencies ?? {}) as object)).not.toContain('react');
    expect(Object.keys((react.dependencies ?? {}) as object)).not.toContain('react-dom');
    expect((react.exports as Record<string, unknown>)['./style.css']).toBe('./dist/style.css');
    // Bundlers must keep `import '@roadmap-graph/react/style.css'` and the worker entry.
    expect(react.sideEffects).toEqual(expect.arrayContaining([expect.stringMatching(/\*\.css$/)]));
    expect(await packedFiles(tarballs.react)).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/style.css', 'dist/layoutWorker.js']));
  });

  it('the type check refuses wrong props: an unknown theme, an unknown progress state', async () => {
    const app = apps[19]!;
    const checked = await run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.wrong.json'], app);
    expect(checked.code).not.toBe(0);
    const errors = checked.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(errors.some((line) => line.startsWith('wrong/wrongProps.tsx(5,') && line.includes('"sepia"')), errors.join('\n')).toBe(true);
    expect(errors.some((line) => line.startsWith('wrong/wrongProps.tsx(6,') && line.includes('"finished"')), errors.join('\n')).toBe(true);
    expect(errors).toHaveLength(2);
  });

  describe.each(REACT_VERSIONS.map((react) => react.major))('with React %i', (major) => {
    let browser: Browser;
    let server: StaticServer;
    const app = () => apps[major]!;

    it('the app type-checks against the published declarations (tsc --noEmit)', async () => {
      const checked = await run(join(app(), 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app());
      timings[`tsc (React ${major})`] = checked.ms;
      expect(checked.stdout + checked.stderr).toBe('');
      expect(checked.code).toBe(0);
    });

    it('the declarations of both packages are themselves free of type errors (skipLibCheck off)', async () => {
      const checked = await run(join(app(), 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json', '--skipLibCheck', 'false'], app());
      const ours = checked.stdout.split('\n').filter((line) => line.startsWith('node_modules/@roadmap-graph/'));
      expect(ours).toEqual([]);
    });

    it('vite build succeeds', async () => {
      const built = ok(await run(join(app(), 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app()), 'vite build');
      timings[`vite build (React ${major})`] = built.ms;
      server = await serveStatic(join(app(), 'dist'));
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const variant of [
      { name: 'with its baked layout', query: '' },
      { name: 'laid out by the bundled layout worker', query: '?layout=runtime' },
    ]) {
      it(`the built app renders the Python roadmap ${variant.name}, styled, with no console error or outside request`, async () => {
        expect(server, 'vite build failed').toBeDefined();
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
        page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
        page.on('request', (request) => {
          if (!request.url().startsWith(`${server.url}/`) && !/^(data|blob):/.test(request.url())) problems.push(`outside: ${request.url()}`);
        });
        await page.goto(`${server.url}/${variant.query}`);
        await page.waitForSelector(TOPIC, { state: 'visible', timeout: 30_000 });
        expect(await page.locator(TOPIC).count()).toBe(topicIds.length);
        // Controlled progress from the app reaches the map.
        expect((await page.locator(`${TOPIC}[data-topic-id="python-syntax"]`).getAttribute('aria-label'))?.split(', ')).toContain('done');
        // style.css arrived: the theme's custom properties are defined on the root.
        expect(await page.locator('.rg-root').evaluate((root) => getComputedStyle(root).getPropertyValue('--rg-bg').trim())).toMatch(/^#[0-9a-f]{3,8}$/i);
        await waitForMapShown(page);
        await page.locator(`${TOPIC}[data-topic-id="docker"]`).click();
        await page.getByRole('region', { name: 'Docker' }).waitFor();
        await page.keyboard.press('Escape');
        await page.locator('section.rg-panel').waitFor({ state: 'detached' });
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.topicId)).toBe('docker');
        await page.close();
        expect(problems).toEqual([]);
      });
    }
  });
});
