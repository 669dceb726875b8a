// `pnpm test`: builds, type-checks, lints and runs every package's Vitest suite, then prints one closing
// line, whatever failed on the way: "tests: N passed, N failed" (with failed steps and test files
// that could not run named after it). The exit code is non-zero when anything failed. Each step
// runs even when an earlier check failed, so one run shows every problem; the test suites are
// skipped only when the build itself failed (they would test stale or missing output). The
// packages' suites run unsorted: sorted, pnpm skips the dependents of a failed package (a failed
// React unit test would hide every browser test), and everything is built already.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { summarizeReports } from './test-summary.mjs';

const root = new URL('../', import.meta.url).pathname;
const reports = new URL('../test-output/', import.meta.url).pathname;
const failedSteps = [];

function step(name, args) {
  console.log(`\n> ${name}: pnpm ${args.join(' ')}`);
  const { status, error } = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) failedSteps.push(error ? `${name} (${error.message})` : name);
  return status === 0;
}

rmSync(reports, { recursive: true, force: true });
const built = step('build', ['build']);
step('typecheck', ['typecheck']);
step('lint', ['lint']);
if (built) step('tests', ['-r', '--no-bail', '--no-sort', '--workspace-concurrency=1', 'run', 'test']);
else failedSteps.push('tests (not run: the build failed)');

const summary = summarizeReports(reports, root);
for (const test of summary.failedTests) console.log(`failed: ${test}`);
const problems = [...failedSteps.filter((name) => name !== 'tests'), ...summary.brokenFiles.map((file) => `${file} could not run`)];
console.log(`\n${summary.line}${problems.length ? ` (failed: ${problems.join('; ')})` : ''}`);
process.exitCode = failedSteps.length || summary.failed || summary.brokenFiles.length ? 1 : 0;
