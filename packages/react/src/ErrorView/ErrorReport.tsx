import type { LabelsInUse } from '../labels/LabelsContext.js';
import type { ErrorViewProps } from './index.js';

/** Props of {@link ErrorReport}: those of the error view, with its words. */
export interface ErrorReportProps extends ErrorViewProps {
  words: LabelsInUse;
}

/**
 * The markup of {@link ErrorView} with its words given as a prop: no hooks, no context, so it also
 * renders in React Server Components (`RoadmapStatic`).
 */
export function ErrorReport({ errors, title, words }: ErrorReportProps) {
  const { labels, format } = words;
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
