import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Zod 4 probes `new Function("")` before compiling object parsers; under a strict CSP the browser
// reports that probe as a violation. Each run is a fresh Node process (zod caches the probe's
// answer per process) that counts calls of the Function constructor.
const SCRIPT = fileURLToPath(new URL('./fixtures/countFunctionConstructors.mjs', import.meta.url));
const CORE = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

function count(preset: 'unset' | 'true' | 'false') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, CORE, preset], { encoding: 'utf8', cwd: PACKAGE });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

describe('core and zod under a strict Content-Security-Policy', () => {
  it.each(['unset', 'true', 'false'] as const)(
    'never calls the Function constructor to import, validate or print the schema, and leaves a host\'s jitless %s as it was',
    (preset) => {
      const seen = count(preset);
      expect(seen).toMatchObject({ onImport: 0, onParse: 0, valid: true, invalid: false, before: preset, after: preset });
      // The host's own schemas are compiled exactly when the host's setting says so.
      if (preset === 'true') expect(seen.host).toBe(0);
      else expect(seen.host).toBeGreaterThan(0);
    },
  );
});
