import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarizeErrors } from '../src/controller/summarizeErrors.js';
import { withDeadline } from '../src/source/withDeadline.js';
import { workerFailure } from '../src/worker/workerFailure.js';

afterEach(() => vi.useRealTimers());

describe('withDeadline', () => {
  it('resolves with the task when it is in time', async () => {
    await expect(withDeadline(1000, undefined, async () => 42, () => new Error('late'))).resolves.toBe(42);
  });

  it('rejects with the time-out error, aborts the task and lets it clean up', async () => {
    vi.useFakeTimers();
    let taskSignal: AbortSignal | undefined;
    const onTimeout = vi.fn(() => new Error('late'));
    const result = withDeadline(
      500,
      undefined,
      (signal) => {
        taskSignal = signal;
        return new Promise<never>(() => {});
      },
      onTimeout,
    );
    vi.advanceTimersByTime(500);
    await expect(result).rejects.toThrow('late');
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(taskSignal?.aborted).toBe(true);
  });

  it('rejects with the caller’s reason on abort, without waiting for the task', async () => {
    const controller = new AbortController();
    const result = withDeadline(10_000, controller.signal, () => new Promise<never>(() => {}), () => new Error('late'));
    controller.abort(new Error('gone'));
    await expect(result).rejects.toThrow('gone');
  });
});

describe('workerFailure', () => {
  it('turns a time-out into advice', () => {
    const error = workerFailure('timeout', 30_000, 'https://x.test/w.js');
    expect(error.name).toBe('TimeoutError');
    expect(error.message).toMatch(/^it took longer than 30 s and was stopped\. A roadmap file with a baked layout/);
  });

  it('names the worker file and the CSP directive when the worker cannot start', () => {
    expect(workerFailure(new Error('The layout worker failed'), 1000, 'https://x.test/w.js').message).toMatch(
      /^the layout worker \(https:\/\/x\.test\/w\.js\) could not run: .*worker-src/,
    );
  });
});

describe('summarizeErrors', () => {
  it('gives the first problem and how many more there are', () => {
    expect(summarizeErrors([{ path: 'src', message: 'HTTP 404' }])).toBe('The roadmap could not be shown: src: HTTP 404');
    expect(
      summarizeErrors([
        { path: 'id', message: 'bad' },
        { path: 'title', message: 'empty' },
        { path: '', message: 'x' },
      ]),
    ).toBe('The roadmap could not be shown: id: bad (and 2 more problems)');
  });
});
