import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bakedLayoutFor } from '../src/layout/bakedLayoutFor.js';
import { WIDTH_CLASS_NAMES } from '../src/layout/widthClasses.js';
import { LIMITS } from '../src/schema/limits.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { largestRoadmap } from './support/largestRoadmap.js';

const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

describe('roadmap-graph layout at the topic limit', () => {
  it(
    'bakes every width class of a 10,000-topic roadmap with 100-character ids into a file that validate accepts, under 5 MB',
    () => {
      const work = mkdtempSync(join(tmpdir(), 'roadmap-largest-'));
      const input = join(work, 'largest.json');
      const output = join(work, 'largest.baked.json');
      writeFileSync(input, JSON.stringify(largestRoadmap(), null, 2));
      const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8', cwd: PACKAGE });

      const layout = cli(['layout', input, '-o', output]);
      expect(layout.stderr).toBe('');
      expect(layout.status).toBe(0);
      const validate = cli(['validate', '--strict', output]);
      expect(validate.stderr).toBe('');
      expect(validate.stdout).toBe(`${output}: ok\n`);

      // The whole file, its three layouts included, within the content limit (5 MB): layouts are
      // written compactly (numbers to half a pixel, the layout block on one line), so the largest
      // roadmap allowed stays well inside what a reader reads (maxFileBytes). About 3.8 MB.
      expect(statSync(output).size).toBeLessThanOrEqual(LIMITS.maxInputBytes);
      const parsed = parseRoadmap(readFileSync(output, 'utf8'));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
      for (const widthClass of WIDTH_CLASS_NAMES) expect(bakedLayoutFor(parsed.roadmap, widthClass)?.nodes, widthClass).toHaveLength(10_289);
    },
    900_000,
  );
});
