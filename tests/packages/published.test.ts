import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPackage, createPackageFromTarballData, type ResolutionKind } from '@arethetypeswrong/core';
import { problemAffectsResolutionKind, problemKindInfo } from '@arethetypeswrong/core/problems';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackages } from '../fences/support/fenceSite.js';
import { PUBLISHED, packedText, type PackageJson } from './support/packed.js';

// Every published package as npm will get it (`pnpm pack` of its build): the manifest a registry
// page shows, publint --strict, and Are the Types Wrong. Needs `pnpm build` first.
//
// The packages are ES modules only ("type": "module", `import`/`default` conditions). attw is run
// with its `esm-only` profile, which leaves out two resolution modes: `node10` (TypeScript's old
// resolution, which ignores `exports`) and `node16-cjs` (a CommonJS file require()-ing the
// package, which TypeScript's node16 mode refuses for ESM; Node itself, from 20.19 on, which the
// packages' `engines` ask for, loads them with require()). Under `node16-esm` and `bundler` every
// entry must resolve to its types. `./style.css` is not a module: TypeScript cannot resolve CSS
// (bundlers' `*.css` declarations type it), so attw does not check it.
const ESM_ONLY: readonly ResolutionKind[] = ['node16-esm', 'bundler'];
const NOT_MODULES = ['./style.css'];

const ROOT = new URL('../../', import.meta.url).pathname;
let work: string;
const manifests: Record<string, PackageJson> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'roadmap-graph-published-'));
  await packPackages(PUBLISHED, work);
  for (const name of PUBLISHED) manifests[name] = JSON.parse(await packedText(work, name, 'package.json')) as PackageJson;
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const tarball = (name: string): Uint8Array => new Uint8Array(readFileSync(join(work, 'tarballs', `${name}.tgz`)));

/** The first line of the license text each SPDX id the packages may declare starts with. */
const LICENSE_TITLES: Record<string, string> = { MIT: 'MIT License' };

describe('the published packages', () => {
  it('share one repository, with each package in its own directory, and one author', () => {
    const home = manifests.core!.homepage?.replace(/\/tree\/main\/packages\/core#readme$/, '');
    expect(home, 'core\'s homepage is <repository>/tree/main/packages/core#readme').toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+$/);
    for (const name of PUBLISHED) {
      const manifest = manifests[name]!;
      expect(manifest.repository, name).toEqual({ type: 'git', url: `git+${home}.git`, directory: `packages/${name}` });
      expect(manifest.homepage, name).toBe(`${home}/tree/main/packages/${name}#readme`);
      expect(manifest.bugs, name).toEqual({ url: `${home}/issues` });
      expect(manifest.author, name).toBe(manifests.core!.author);
      expect(manifest.keywords, name).toContain('roadmap');
      expect(manifest.description, name).toBeTruthy();
      // The directory is where this package's sources are.
      const source = JSON.parse(readFileSync(join(ROOT, manifest.repository!.directory, 'package.json'), 'utf8')) as PackageJson;
      expect(source.name).toBe(manifest.name);
    }
  });

  it.each(PUBLISHED)('%s ships a LICENSE file with the text of the license it declares', async (name) => {
    const manifest = manifests[name]!;
    const title = LICENSE_TITLES[manifest.license ?? ''];
    expect(title, `${name}: license ${manifest.license}`).toBeDefined();
    const license = await packedText(work, name, 'LICENSE');
    expect(license.split('\n')[0]).toBe(title);
    expect(license).toMatch(/^Copyright \(c\) \d{4} /m);
    expect(license).toContain(manifest.author!);
  });

  it.each(PUBLISHED)('%s: its README starts from `npm install`', async (name) => {
    const readme = await packedText(work, name, 'README.md');
    const firstBlock = /```(\w+)\n([\s\S]*?)```/.exec(readme);
    expect(firstBlock?.[1]).toBe('sh');
    expect(firstBlock?.[2]).toMatch(new RegExp(`^npm install @roadmap-graph/${name}\\b`));
  });

  it.each(PUBLISHED)('%s passes publint --strict', async (name) => {
    const data = tarball(name);
    const { messages, pkg } = await publint({ pack: { tarball: data.buffer as ArrayBuffer }, strict: true, level: 'suggestion' });
    const problems = messages.map((message) => `${message.type} ${message.code}: ${formatMessage(message, pkg, { color: false })}`);
    expect(problems).toEqual([]);
  });

  it.each(PUBLISHED)('%s: Are the Types Wrong finds nothing for ES module users (node16 ESM, bundlers)', async (name) => {
    const analysis = await checkPackage(createPackageFromTarballData(tarball(name)), { excludeEntrypoints: NOT_MODULES });
    if (!analysis.types) throw new Error(`${name} ships no types`);
    const problems = analysis.problems
      .filter((problem) => ESM_ONLY.some((kind) => problemAffectsResolutionKind(problem, kind, analysis)))
      .map((problem) => `${problemKindInfo[problem.kind].title}: ${JSON.stringify(problem)}`);
    expect(problems).toEqual([]);
    // Every entry was checked under both modes, with its types found.
    for (const [entry, { resolutions }] of Object.entries(analysis.entrypoints)) {
      if (entry === './package.json') continue;
      for (const kind of ESM_ONLY) expect(resolutions[kind].resolution?.isTypeScript || resolutions[kind].resolution?.isJson, `${name} ${entry} (${kind})`).toBe(true);
    }
    // attw reads every shipped file with TypeScript: the element's bundled scripts take a while.
  }, 300_000);
});
