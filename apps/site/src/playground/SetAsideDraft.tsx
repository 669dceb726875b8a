/** Props of {@link SetAsideDraft}. */
export interface SetAsideDraftProps {
  onRestore: () => void;
  onDiscard: () => void;
}

/**
 * The offer to bring back the reader's own draft, set aside when a shared link's roadmap took
 * its place: shown until the reader restores it or discards it, on this visit and the next.
 */
export function SetAsideDraft({ onRestore, onDiscard }: SetAsideDraftProps) {
  return (
    <div className="playground-share" role="group" aria-label="Your own draft">
      <span className="playground-share__text">Your own draft is kept aside while the shared roadmap is shown.</span>
      <button type="button" className="site-button site-button--primary" onClick={onRestore}>
        Restore your draft
      </button>
      <button type="button" className="site-button" onClick={onDiscard}>
        Discard it
      </button>
    </div>
  );
}
