import { useLabels } from '../labels/LabelsContext.js';

/**
 * Says that a deep link (`#topic=…`) names no topic of this roadmap, instead of doing nothing:
 * a short status line the reader can dismiss. The id is shown as text, quoted.
 */
export function MissingTopicNotice({ id, onDismiss }: { id: string; onDismiss(): void }) {
  const { labels } = useLabels();
  return (
    <div className="rg-notice" role="status">
      <span className="rg-notice__text">
        {labels.missingTopic(id.length > 80 ? `${id.slice(0, 80)}…` : id)}
      </span>
      <button type="button" className="rg-notice__dismiss" onClick={onDismiss}>
        {labels.dismiss}
      </button>
    </div>
  );
}
