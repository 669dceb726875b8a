import type { ValidationError } from './types.js';

/**
 * The most problems `parseRoadmap` lists; past it, one more entry says how many were left out,
 * so a broken file gets a readable report, and one with a million problems costs no million
 * messages.
 */
export const MAX_REPORTED_ERRORS = 1000;

/** Gathers problems, keeping the first {@link MAX_REPORTED_ERRORS} and counting the rest. */
export interface ErrorReport {
  /** Whether one more problem would still be listed (else only counted: skip building its message). */
  readonly listing: boolean;
  /** How many problems have been added. */
  readonly count: number;
  add(error: ValidationError): void;
  /** Counts problems that will not be listed, without building them. */
  skip(count: number): void;
  /** Notes that a check stopped early once the list was full, so more problems may exist. */
  stop(): void;
  /** The listed problems, and a last line saying how many more there are, if any. */
  errors(): ValidationError[];
}

/** An empty {@link ErrorReport}. */
export function createErrorReport(max = MAX_REPORTED_ERRORS): ErrorReport {
  const listed: ValidationError[] = [];
  let count = 0;
  let stopped = false;
  return {
    get listing() {
      return count < max;
    },
    get count() {
      return count;
    },
    add(error) {
      if (count++ < max) listed.push(error);
    },
    skip(more) {
      count += more;
    },
    stop() {
      stopped = true;
    },
    errors() {
      const rest = count - listed.length;
      const problems = `${rest} more ${rest === 1 ? 'problem' : 'problems'}`;
      if (stopped) return [...listed, { path: '', message: `checking stopped after the first ${max} problems${rest ? ` (${problems} found so far)` : ''}` }];
      if (rest === 0) return listed.slice();
      return [...listed, { path: '', message: `${problems} not listed (only the first ${max} are)` }];
    },
  };
}
