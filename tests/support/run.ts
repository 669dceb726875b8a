import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** What a finished child process printed, and how long it ran in milliseconds. */
export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
  ms: number;
}

/**
 * The environment of the test less what the test runner put there (NODE_ENV=test would give
 * development builds, NODE_OPTIONS names a shim by a relative path, npm_* settings of the calling
 * pnpm would steer npm): what a user's shell would give a command.
 */
export function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(NODE_ENV|NODE_OPTIONS|VITEST.*|npm_.*|pnpm_.*|PNPM_.*|INIT_CWD)$/i.test(name)) delete env[name];
  }
  return env;
}

/**
 * Runs a command as a user's shell would ({@link userEnv}), in `cwd`. Resolves with a non-zero
 * `code` instead of throwing, so a test can expect failure.
 */
export async function run(command: string, args: readonly string[], cwd: string, timeout = 120_000): Promise<RunResult> {
  const started = performance.now();
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd, env: userEnv(), timeout, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr, code: 0, ms: performance.now() - started };
  } catch (error) {
    const { stdout = '', stderr = '', code } = error as { stdout?: string; stderr?: string; code?: number | string };
    return { stdout, stderr: stderr || String(error), code: typeof code === 'number' ? code : 1, ms: performance.now() - started };
  }
}
