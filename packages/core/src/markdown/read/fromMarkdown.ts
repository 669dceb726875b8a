import { LIMITS } from '../../schema/limits.js';
import { utf8Length } from '../../shared/utf8Length.js';
import { MAX_REPORTED_ERRORS } from '../../validate/errorReport.js';
import { validateRoadmap } from '../../validate/parseRoadmap.js';
import type { ValidationError } from '../../validate/types.js';
import { assignIds } from './assignIds.js';
import { buildDraft } from './buildDraft.js';
import { findDeepNesting, MAX_MARKDOWN_NESTING } from './findDeepNesting.js';
import { lineOfPath } from './lineOfPath.js';
import { parseMarkdownTree } from './parseMarkdownTree.js';
import { createReadContext } from './readContext.js';
import type { TITLE_LINE_LIMIT } from './readTitleLine.js';
import type { MarkdownImport, MarkdownWarning } from './types.js';

/**
 * Imports a roadmap from a Markdown outline and validates it like JSON input. Never throws,
 * whatever the string.
 *
 * - `# Title {#id}`: the roadmap; paragraphs under a heading are its description.
 * - `## Section`: a section (one titled "Table of Contents" without an attribute block is
 *   skipped with its content). `###` under it: a group topic whose subtopics are the list items
 *   that follow; `####` and deeper: groups inside groups.
 * - List items: topics. The first line is the title, read on its own (inline Markdown in it
 *   closes on that line; one final period dropped unless written `\.`), further lines and
 *   paragraphs the description (Markdown kept verbatim, images too), nested items the
 *   subtopics; a nested item of only links gives resources of its parent:
 *   `[@type@Title](url "paid")`, type `article` by default, `"free"` for an explicit `free: true`.
 * - `{#id level=beginner optional choice requires=a,b tags=x,"y z"}` at the end of a heading or
 *   first line, read as written (backslash escapes resolved); `requires=""` is an empty list (a
 *   fresh start). Without `#id` the id is the slug of the title, made unique with `-2`, `-3`...
 * - A section titled "... or ..." made only of `###` groups is a choice.
 *
 * Whatever cannot be mapped (code, tables, HTML, quotes, stray paragraphs) is reported in
 * `warnings` with its line. Validation errors carry their roadmap path and the outline line.
 * Input over `LIMITS.maxInputBytes`, or nesting lists or quotes absurdly deep, is refused before
 * parsing; a title line over {@link TITLE_LINE_LIMIT} characters (other than a line of links)
 * before it is read.
 *
 * Time and memory grow linearly with the text, whatever it holds: block structure is read in
 * bounded pieces ({@link parseMarkdownTree}), inline Markdown only in title lines of bounded size
 * (descriptions are kept as written and never read inline).
 *
 * @example
 * const result = fromMarkdown(await readFile('roadmap.md', 'utf8'));
 * if (result.ok) console.log(result.roadmap.sections.length, result.warnings);
 * else console.error(formatErrors(result.errors, 'roadmap.md'));
 */
export function fromMarkdown(text: string): MarkdownImport {
  try {
    return importOutline(text);
  } catch (error) {
    // Not expected for any input; still an answer rather than a crash.
    const message = error instanceof Error ? error.message : String(error);
    return refuse(`could not read the Markdown: ${message}`);
  }
}

function importOutline(input: string): MarkdownImport {
  if (typeof input !== 'string') return refuse('expected Markdown text (a string)');
  if (utf8Length(input, LIMITS.maxInputBytes) > LIMITS.maxInputBytes) {
    return refuse(`input is larger than ${LIMITS.maxInputBytes / 1024 / 1024} MB (limit maxInputBytes)`);
  }
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const deep = findDeepNesting(text);
  if (deep) {
    return refuse(
      `line ${deep.line} nests lists or block quotes about ${deep.depth} levels deep; an outline may nest at most ${MAX_MARKDOWN_NESTING} (and topics at most ${LIMITS.maxTopicDepth} levels, limit maxTopicDepth)`,
    );
  }
  const tree = parseMarkdownTree(text);
  const ctx = createReadContext(text, tree);
  const draft = buildDraft(tree, ctx);
  assignIds(draft, ctx.pendingIds);
  // The outline's own text was held to maxInputBytes; the data made from it may be larger.
  const result = validateRoadmap(draft, { measureContent: false });
  const warnings = sortByLine(ctx.warnings);
  const { count, firstLine } = ctx.unlisted;
  if (count) warnings.push({ line: firstLine, message: `${count} more ${count === 1 ? 'warning' : 'warnings'} not listed (only the first ${MAX_REPORTED_ERRORS} are)` });
  const errors: ValidationError[] = [...ctx.errors];
  if (!result.ok) errors.push(...result.errors.map((error) => withLine(error, draft, ctx.lines)));
  if (result.ok && !errors.length) return { ok: true, roadmap: result.roadmap, warnings };
  return { ok: false, errors, warnings, draft };
}

function withLine(error: ValidationError, draft: unknown, lines: ReadonlyMap<object, number>): ValidationError {
  const line = error.path ? lineOfPath(draft, error.path, lines) : undefined;
  return line === undefined ? error : { path: error.path, message: `${error.message} (line ${line})` };
}

function refuse(message: string): MarkdownImport {
  return { ok: false, errors: [{ path: '', message }], warnings: [], draft: null };
}

function sortByLine(warnings: MarkdownWarning[]): MarkdownWarning[] {
  // Array#sort is stable, so warnings on one line keep the order they were found in.
  return [...warnings].sort((a, b) => a.line - b.line);
}

