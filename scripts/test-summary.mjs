// Sums every package's Vitest JSON report in a folder (test-output/vitest-*.json) into the one
// closing line of `pnpm test` (scripts/run-tests.mjs): "tests: N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the reports in `dir`. `brokenFiles` names test files that failed without a test result
 * (a syntax error, a failing `beforeAll`), which the per-test counts alone would hide.
 */
export function summarizeReports(dir) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const brokenFiles = [];
  const reports = existsSync(dir) ? readdirSync(dir).filter((name) => /^vitest-.*\.json$/.test(name)) : [];
  for (const name of reports) {
    const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    for (const file of report.testResults ?? []) {
      if (file.status === 'failed' && !file.assertionResults?.some((test) => test.status === 'failed')) brokenFiles.push(file.name);
    }
  }
  const line = `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  return { passed, failed, skipped, brokenFiles, line, reports: reports.length };
}
