import { fromMarkdown, parseRoadmap, type Roadmap } from '@roadmap-graph/core';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineOfOffset, lineStarts } from './lineOfOffset.js';
import { locateJsonPath } from './locateJsonPath.js';
import type { Draft, Problem } from './types.js';

/** What the playground knows about a draft: the roadmap when it is valid, and every problem. */
export interface DraftAnalysis {
  draft: Draft;
  roadmap: Roadmap | undefined;
  /** Errors first, then warnings, each group by line. */
  problems: Problem[];
}

/**
 * Reads a draft the way the CLI and the packages would (Markdown through `fromMarkdown`, JSON
 * through `parseRoadmap`) and places each problem on its line: the Markdown importer writes
 * "(line N)" into its messages; JSON paths are found in the text with a position-keeping parse.
 */
export function analyzeDraft(draft: Draft): DraftAnalysis {
  const result = draft.format === 'markdown' ? analyzeMarkdown(draft.text) : analyzeJson(draft.text);
  const rank = (problem: Problem): number => (problem.severity === 'error' ? 0 : 1);
  result.problems.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  return { draft, ...result };
}

type Analysis = Omit<DraftAnalysis, 'draft'>;

const LINE_NOTE = /\s*\(line (\d+)\)$/;

function analyzeMarkdown(text: string): Analysis {
  const result = fromMarkdown(text);
  const problems: Problem[] = result.warnings.map((warning) => ({ severity: 'warning', path: '', message: warning.message, line: warning.line }));
  if (result.ok) return { roadmap: result.roadmap, problems };
  for (const error of result.errors) {
    const note = LINE_NOTE.exec(error.message);
    problems.push({
      severity: 'error',
      path: error.path,
      message: note ? error.message.slice(0, note.index) : error.message,
      ...(note ? { line: Number(note[1]) } : {}),
    });
  }
  return { roadmap: undefined, problems };
}

function analyzeJson(text: string): Analysis {
  const starts = lineStarts(text);
  const at = (from: number, to: number) => ({ from, to, line: lineOfOffset(starts, from) });
  if (text.trim() === '') return { roadmap: undefined, problems: [{ severity: 'error', path: '', message: 'the editor is empty: write a roadmap as JSON, or load an example' }] };
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (syntax.length || tree === undefined) {
    const problems = syntax.map((error): Problem => ({
      severity: 'error',
      path: '',
      message: `not valid JSON: ${describeSyntaxError(printParseErrorCode(error.error))}`,
      ...at(error.offset, error.offset + Math.max(1, error.length)),
    }));
    return { roadmap: undefined, problems };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // jsonc-parser is a little more lenient than JSON.parse in corners; the browser has the last word.
    return { roadmap: undefined, problems: [{ severity: 'error', path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const result = parseRoadmap(value);
  if (result.ok) return { roadmap: result.roadmap, problems: [] };
  const problems = result.errors.map((error): Problem => {
    const span = locateJsonPath(tree, error.path);
    return { severity: 'error', path: error.path, message: error.message, ...at(span.from, span.to) };
  });
  return { roadmap: undefined, problems };
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name in double quotes is expected here',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon is expected here',
  CommaExpected: 'a comma is expected here',
  CloseBraceExpected: 'a closing } is expected here',
  CloseBracketExpected: 'a closing ] is expected here',
  EndOfFileExpected: 'nothing may follow the roadmap object',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished string',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'unknown escape after \\',
  InvalidCharacter: 'a control character (such as a raw line break) inside a string',
};

function describeSyntaxError(code: string): string {
  return SYNTAX_MESSAGES[code] ?? code;
}
