import type { ValidationError } from '@roadmap-graph/core';
import { useLabels } from '../labels/LabelsContext.js';

/** Props of {@link ErrorView}. */
export interface ErrorViewProps {
  /** Every problem found, each with the path of the value at fault. */
  errors: readonly ValidationError[];
  /** A heading to show instead of the count (which then follows as a line of its own). */
  title?: string;
}

/**
 * What a roadmap that cannot be shown renders instead of a blank box: every problem as
 * `path: message` (as validation wrote them, in English), under a heading that counts them. `role="alert"`, so a screen reader
 * announces it when it replaces the map.
 *
 * @example
 * {result.ok ? <RoadmapGraph roadmap={result.roadmap} /> : <ErrorView errors={result.errors} />}
 */
export function ErrorView({ errors, title }: ErrorViewProps) {
  const { labels, format } = useLabels();
  const count = errors.length ? labels.problems(errors.length, format) : labels.notShown;
  return (
    <div role="alert" className="rg-error" part="error">
      <h2 className="rg-error__heading">
        {title ?? count}
      </h2>
      {title && errors.length > 0 && <p className="rg-error__count">{count}</p>}
      {errors.length > 0 && (
        <ul className="rg-error__list">
          {errors.map((error, i) => (
            <li key={i} className="rg-error__item">
              {error.path ? (
                <>
                  <code className="rg-error__path">{error.path}</code>: {error.message}
                </>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
