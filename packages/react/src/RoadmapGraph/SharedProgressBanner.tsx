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
  const text = props.problem
    ? props.problem === 'other-roadmap'
      ? 'This progress link was made for another version of this roadmap, so it cannot be shown. Your own progress is shown.'
      : 'This progress link is damaged, so it cannot be shown. Your own progress is shown.'
    : `You are looking at progress someone shared: ${props.done} of ${props.total} topics done. It is read-only, and your own progress is kept as it was.`;
  return (
    <div className="rg-notice rg-notice--shared" role="status">
      <span className="rg-notice__text">{text}</span>
      <button type="button" className="rg-notice__dismiss" onClick={props.onLeave}>
        {props.problem ? 'Dismiss' : 'Back to my progress'}
      </button>
    </div>
  );
}
