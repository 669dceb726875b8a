import { memo, useState } from 'react';
import type { Problem } from '../types.js';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  problems: readonly Problem[];
  /** No text has been read yet: the list says it is checking rather than that all is well. */
  pending?: boolean;
  /** Moves the editor's cursor to a problem. */
  onReveal: (problem: Problem) => void;
}

/** How many problems are listed before "Show all": a hostile draft can have two thousand. */
export const PROBLEMS_SHOWN = 100;

/**
 * Every error and warning of the draft with its line and roadmap path; one click (or Enter)
 * moves the editor's cursor there. The count is announced politely as it changes. The first
 * {@link PROBLEMS_SHOWN} are listed, the rest on request, so a draft with thousands of
 * problems does not freeze the page while it is typed.
 */
export const ProblemList = memo(function ProblemList({ problems, pending = false, onReveal }: ProblemListProps) {
  const [showAll, setShowAll] = useState(false);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const shown = showAll ? problems : problems.slice(0, PROBLEMS_SHOWN);
  return (
    <section className="playground-problems" aria-labelledby="playground-problems-title">
      <h2 id="playground-problems-title" className="playground-problems__title">
        Problems
        <span role="status" className={errors ? 'playground-problems__count playground-problems__count--error' : 'playground-problems__count'}>
          {pending ? 'checking…' : summary(errors, warnings)}
        </span>
      </h2>
      {problems.length > 0 && (
        <ul className="playground-problems__list">
          {shown.map((problem, index) => (
            <li key={index}>
              <button
                type="button"
                className={`playground-problem playground-problem--${problem.severity}`}
                onClick={() => onReveal(problem)}
                disabled={problem.line === undefined}
              >
                <span className="playground-problem__kind">{problem.severity === 'error' ? 'Error' : 'Warning'}</span>
                <span className="playground-problem__line">{problem.line === undefined ? 'document' : `line ${problem.line}`}</span>
                {problem.path && <code className="playground-problem__path">{problem.path}</code>}
                <span className="playground-problem__message">{problem.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length < problems.length && (
        <p className="playground-problems__more">
          {problems.length - shown.length} more not listed.{' '}
          <button type="button" className="playground-problems__show-all" onClick={() => setShowAll(true)}>
            Show all {problems.length}
          </button>
        </p>
      )}
    </section>
  );
});

function summary(errors: number, warnings: number): string {
  if (!errors && !warnings) return 'none: the roadmap is valid';
  const parts = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.join(', ');
}
