// Sums every package's Vitest JSON report in a folder (test-output/vitest-*.json) into the one
// closing line of `pnpm test` (scripts/run-tests.mjs): "tests: N passed, N failed", and the
// names of the tests that failed, which CI's log (its last lines only) would otherwise cut off.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Reads the reports in `dir`. `brokenFiles` names test files that failed without a test result
 * (a syntax error, a failing `beforeAll`), which the per-test counts alone would hide;
 * `failedTests` names each failed test as `file > describe > title: first line of the error`.
 */
export function summarizeReports(dir, root = process.cwd()) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const brokenFiles = [];
  const failedTests = [];
  const reports = existsSync(dir) ? readdirSync(dir).filter((name) => /^vitest-.*\.json$/.test(name)) : [];
  for (const name of reports) {
    const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    for (const file of report.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status !== 'failed') continue;
        const why = String(test.failureMessages?.[0] ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n')[0].slice(0, 300);
        failedTests.push(`${relative(root, file.name)} > ${[...(test.ancestorTitles ?? []), test.title].join(' > ')}${why ? `: ${why}` : ''}`);
      }
      if (file.status === 'failed' && !file.assertionResults?.some((test) => test.status === 'failed')) brokenFiles.push(file.name);
    }
  }
  const line = `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  return { passed, failed, skipped, brokenFiles, failedTests, line, reports: reports.length };
}
