// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

// What a browser app pays for `import … from '@roadmap-graph/core'`, bundled as a user's plain
// esbuild build would bundle it (ES module, browser platform, minified). zod is imported as a
// namespace (`import * as z from 'zod'`) so that the bundler keeps only the zod functions core
// calls: imported as `{ z }`, zod's namespace object came along whole, with every locale
// (157 KB gzip before, 94 KB after, measured with this build).
//
// The budget is the measured size plus 10 %: a new dependency or a lost tree-shake shows here.
const BUDGET = 103_000;
const ENTRY = fileURLToPath(new URL('../src/index.ts', import.meta.url));

let inputs: string[];
let gzipBytes: number;

beforeAll(async () => {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const metafile: Metafile = result.metafile;
  // The modules that put code into the bundle: metafile.inputs also lists those read and shaken off.
  const output = Object.values(metafile.outputs)[0]!;
  inputs = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  gzipBytes = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}, 60_000);

describe("core's public entry in a browser bundle", () => {
  it("carries zod's English messages and no other locale", () => {
    const locales = inputs.filter((path) => /\/zod\/.*\/locales\//.test(path));
    expect(locales.map((path) => path.replace(/^.*\/zod\//, 'zod/'))).toEqual(['zod/v4/locales/en.js']);
  });

  it('carries no ELK (Node code imports it from /elk-node, browsers load it in the layout worker)', () => {
    expect(inputs.filter((path) => /\/elkjs\//.test(path))).toEqual([]);
  });

  it(`stays within ${BUDGET / 1000} KB gzip`, () => {
    console.log(`@roadmap-graph/core browser bundle: ${(gzipBytes / 1000).toFixed(1)} KB gzip (budget ${BUDGET / 1000} KB)`);
    expect(gzipBytes).toBeLessThanOrEqual(BUDGET);
  });
});
