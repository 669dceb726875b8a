import { useRef, useState } from 'react';
import { useLabels } from '../labels/LabelsContext.js';

/**
 * "Share progress": copies a link that shows the reader's progress to whoever opens it,
 * read-only. The progress travels in the link itself; nothing is sent anywhere. Where the
 * clipboard is refused, the link is shown selected, to copy by hand.
 */
export function ShareProgress({ linkToProgress }: { linkToProgress(): string }) {
  const { labels } = useLabels();
  const [shown, setShown] = useState<{ link: string; copied: boolean } | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);

  const share = async (): Promise<void> => {
    const link = linkToProgress();
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // No permission, or no clipboard (an insecure page): the field below is the way.
    }
    setShown({ link, copied });
    if (!copied) requestAnimationFrame(() => field.current?.select());
  };

  return (
    <>
      <button type="button" className="rg-toolbar__button" onClick={() => void share()}>
        {labels.shareProgress}
      </button>
      {shown && (
        <p role="status" className="rg-toolbar__notice rg-toolbar__share">
          {shown.copied ? labels.linkCopied : labels.copyLink}
          {!shown.copied && (
            <input ref={field} className="rg-toolbar__input rg-toolbar__share-link" readOnly value={shown.link} aria-label={labels.linkField} />
          )}
        </p>
      )}
    </>
  );
}
