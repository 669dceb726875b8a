import { useLabels } from '../labels/LabelsContext.js';

/**
 * Says that the map shows progress from a shared link, read-only, and offers the way back to the
 * reader's own; or that a `#progress=` link could not be read.
 */
export function SharedProgressBanner(props: {
  done: number;
  total: number;
  problem: 'malformed' | 'other-roadmap' | undefined;
  onLeave(): void;
}) {
  const { labels, format } = useLabels();
  const text = props.problem
    ? props.problem === 'other-roadmap'
      ? labels.sharedForOtherRoadmap
      : labels.sharedDamaged
    : labels.sharedProgress(props.done, props.total, format);
  return (
    <div className="rg-notice rg-notice--shared" role="status">
      <span className="rg-notice__text">{text}</span>
      <button type="button" className="rg-notice__dismiss" onClick={props.onLeave}>
        {props.problem ? labels.dismiss : labels.backToMyProgress}
      </button>
    </div>
  );
}
