/**
 * Says that a deep link (`#topic=…`) names no topic of this roadmap, instead of doing nothing:
 * a short status line the reader can dismiss. The id is shown as text, quoted.
 */
export function MissingTopicNotice({ id, onDismiss }: { id: string; onDismiss(): void }) {
  return (
    <div className="rg-notice" role="status">
      <span className="rg-notice__text">
        The link points to a topic this roadmap does not have: “{id.length > 80 ? `${id.slice(0, 80)}…` : id}”.
      </span>
      <button type="button" className="rg-notice__dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
