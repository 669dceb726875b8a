import type { ValidationError } from '@roadmap-graph/core';
import { useLabels } from '../labels/LabelsContext.js';
import { ErrorReport } from './ErrorReport.js';

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
 * announces it when it replaces the map. Its words come from the nearest `RoadmapLabelsProvider`.
 *
 * @example
 * {result.ok ? <RoadmapGraph roadmap={result.roadmap} /> : <ErrorView errors={result.errors} />}
 */
export function ErrorView({ errors, title }: ErrorViewProps) {
  return <ErrorReport errors={errors} title={title} words={useLabels()} />;
}
