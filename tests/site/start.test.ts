import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/launchBrowser.js';

// `pnpm start` as a newcomer runs it: scripts/start.mjs builds the packages and the site, then
// serves the site and the blog page on 127.0.0.1 and prints where. PORT=0 takes a free port.
const ROOT = new URL('../..', import.meta.url).pathname;

let child: ChildProcess;
let output = '';
let base = '';
let browser: Browser;

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' };
  for (const name of Object.keys(env)) {
    if (name === 'NODE_ENV' || name === 'NODE_OPTIONS' || name.startsWith('VITEST')) delete env[name];
  }
  const started = Date.now();
  child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  base = await new Promise<string>((done, fail) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Roadmap\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match && output.includes('Press Ctrl+C to stop.')) done(match[1]!);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => fail(new Error(`start exited with ${code} before serving:\n${output.slice(-4000)}`)));
  });
  console.log(`pnpm start: serving after ${Date.now() - started} ms (packages and site built)`);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('pnpm start', () => {
  it('prints the URL of every page', () => {
    for (const [label, path] of [['Roadmap', '/'], ['Playground', '/playground/'], ['Embed', '/embed/'], ['Docs', '/docs/'], ['Blog page', '/blog/']]) {
      expect(output).toMatch(new RegExp(`${label}\\s+${base.replace(/[.]/g, '\\.')}${path}\\n`));
    }
  });

  it('serves the pages, the element, the data; folders without a slash redirect; nothing outside', async () => {
    const status = async (path: string) => (await fetch(`${base}${path}`, { redirect: 'manual' })).status;
    for (const path of ['/', '/playground/', '/embed/', '/docs/', '/blog/', '/blog/post.js', '/element/roadmap-graph.js', '/element/roadmap-graph.iife.js', '/data/python-backend.roadmap.json']) {
      expect(await status(path), path).toBe(200);
    }
    const redirect = await fetch(`${base}/blog`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/blog/']);
    expect(await status('/blog/..%2f..%2fpackage.json')).toBe(404);
    expect(await status('/nothing-here')).toBe(404);
    expect((await fetch(`${base}/element/roadmap-graph.js`)).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('the roadmap and the blog page work in Chromium from the start server', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${base}/#topic=flask`);
    await page.getByRole('region', { name: 'Flask' }).waitFor();
    await page.goto(`${base}/blog/`);
    await page.locator('roadmap-graph button[data-topic-id="flask"]').first().waitFor({ timeout: 20_000 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stops on Ctrl+C (SIGINT) with exit code 0', async () => {
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
