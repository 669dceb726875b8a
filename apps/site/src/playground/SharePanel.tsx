import { useEffect, useRef } from 'react';

/** Props of {@link SharePanel}. */
export interface SharePanelProps {
  url: string;
  onClose: () => void;
}

/** The share link in a read-only field, selected for copying, with a button to close it. */
export function SharePanel({ url, onClose }: SharePanelProps) {
  const field = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new link is selected again, ready to copy
  useEffect(() => {
    field.current?.select();
  }, [url]);
  return (
    <div className="playground-share">
      <label htmlFor="playground-share-url" className="playground-toolbar__label">
        Share link
      </label>
      <input ref={field} id="playground-share-url" className="site-input playground-share__url" readOnly value={url} onFocus={(event) => event.target.select()} />
      <a className="site-button" href={url} target="_blank" rel="noreferrer">
        Open
      </a>
      <button type="button" className="site-button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
