import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, type RunResult } from '../../support/run.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Steps of building a site and how long each took, for the log. */
export const timings: Record<string, number> = {};

export function ok(result: RunResult, what: string): RunResult {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stderr.slice(-4000)}\n${result.stdout.slice(-4000)}`);
  return result;
}

/**
 * Packs workspace packages as npm will publish them (`pnpm pack` of their builds) into
 * `work/tarballs/<name>.tgz`. Needs `pnpm build` first, as the root `pnpm test` does.
 */
export async function packPackages(names: readonly string[], work: string): Promise<void> {
  const packs = join(work, 'tarballs');
  mkdirSync(packs, { recursive: true });
  for (const name of names) {
    const entry = join(ROOT, 'packages', name, 'dist');
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`pnpm build\` first`);
    const packed = ok(await run('pnpm', ['pack', '--pack-destination', packs], join(ROOT, 'packages', name)), `pnpm pack ${name}`);
    timings[`pnpm pack ${name}`] = packed.ms;
    const file = readdirSync(packs).find((f) => f.startsWith(`roadmap-graph-${name}-`) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for ${name}:\n${packed.stdout}`);
    renameSync(join(packs, file), join(packs, `${name}.tgz`));
  }
}

/**
 * Makes a site from a template folder beside this one (its `package.template.json` naming the
 * tarballs) in `work/site`, installs it with npm (the tarballs, everything else from the registry),
 * and copies the element's script into `publicDir` as a blogger would after `npm install
 * @roadmap-graph/element` (not when the site's own build copies it).
 */
export async function prepareSite(template: string, work: string, publicDir?: string): Promise<string> {
  const dir = join(work, 'site');
  cpSync(new URL(`../${template}/`, import.meta.url).pathname, dir, { recursive: true });
  renameSync(join(dir, 'package.template.json'), join(dir, 'package.json'));
  // The registry is reachable where this runs (developers, CI); the npm cache makes repeats quick.
  const installed = ok(await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir, 300_000), `npm install (${template})`);
  timings[`npm install (${template})`] = installed.ms;
  if (publicDir !== undefined) {
    mkdirSync(join(dir, publicDir), { recursive: true });
    // The classic script and its interactive part, which it imports from beside itself.
    for (const file of ['roadmap-graph.iife.js', 'roadmap-graph.iife.interactive.js']) {
      cpSync(join(dir, 'node_modules/@roadmap-graph/element/dist', file), join(dir, publicDir, file));
    }
  }
  return dir;
}

/** Adds a page to a prepared site, builds it, and removes the page again: for a build expected to fail. */
export async function buildWithPage(dir: string, page: string, text: string, build: readonly string[]): Promise<RunResult> {
  const file = join(dir, page);
  writeFileSync(file, text);
  try {
    return await run(build[0]!, build.slice(1), dir, 300_000);
  } finally {
    rmSync(file);
  }
}

/** A file of the prepared site, as text. */
export function siteFile(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

/**
 * Whether a package's README shows a site's config file exactly, as a code block in `language`:
 * the recipe readers copy is then the config the test builds with.
 */
export function readmeShows(packageName: string, language: string, template: string, path: string): boolean {
  const readme = readFileSync(join(ROOT, 'packages', packageName, 'README.md'), 'utf8');
  return readme.includes(`\`\`\`${language}\n${templateFile(template, path)}\`\`\``);
}

/** A file of a site's template folder, as text. */
export function templateFile(template: string, path: string): string {
  return readFileSync(new URL(`../${template}/${path}`, import.meta.url), 'utf8');
}
