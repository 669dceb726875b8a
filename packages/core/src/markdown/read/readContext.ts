import type { Definition, Root } from 'mdast';
import { MAX_REPORTED_ERRORS } from '../../validate/errorReport.js';
import type { ValidationError } from '../../validate/types.js';
import { readDefinitions } from './readDefinitions.js';
import type { MarkdownWarning } from './types.js';

/** A node waiting for its id, in document order, once every explicit `{#id}` is known. */
export interface PendingId {
  node: { id: string };
  title: string;
  explicit: string | undefined;
  fallback: string;
}

/** What the outline reader carries along: the source, what it found and what went wrong. */
export interface ReadContext {
  source: string;
  /** Offset at which each line starts; index 0 is line 1. */
  lineStarts: number[];
  /** Link reference definitions by their normalised label, URLs and titles decoded. */
  definitions: Map<string, Definition>;
  /** The labels defined, normalised ({@link normalizeLabel}). */
  definedLabels: Set<string>;
  /** The first {@link MAX_REPORTED_ERRORS} warnings found. */
  warnings: MarkdownWarning[];
  /** Warnings found past the first {@link MAX_REPORTED_ERRORS}: counted, not listed. */
  unlisted: { count: number; firstLine: number };
  errors: ValidationError[];
  /** The line each draft object came from, to place validation errors. */
  lines: Map<object, number>;
  pendingIds: PendingId[];
  topicCount: number;
  warn(line: number, message: string): void;
}

/** Sets up a {@link ReadContext} for a parsed outline. */
export function createReadContext(source: string, root: Root): ReadContext {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) lineStarts.push(i + 1);
  }
  const definitions = readDefinitions(source, root);
  const warnings: MarkdownWarning[] = [];
  // A hostile outline can make a warning of every other line: list the first ones, count the rest.
  const unlisted = { count: 0, firstLine: 0 };
  return {
    source,
    lineStarts,
    definitions,
    definedLabels: new Set(definitions.keys()),
    warnings,
    unlisted,
    errors: [],
    lines: new Map(),
    pendingIds: [],
    topicCount: 0,
    warn: (line, message) => {
      if (warnings.length < MAX_REPORTED_ERRORS) warnings.push({ line, message });
      else if (unlisted.count++ === 0) unlisted.firstLine = line;
    },
  };
}
