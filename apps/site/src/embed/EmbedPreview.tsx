import { useEffect, useRef } from 'react';
import { attributeList, type EmbedAttributes, type EmbedSource } from './buildSnippet.js';
import type { ElementStatus } from './useElementBundle.js';

/** Props of {@link EmbedPreview}. */
export interface EmbedPreviewProps {
  status: ElementStatus;
  source: EmbedSource;
  attributes: EmbedAttributes;
}

/**
 * The snippet at work: a real `<roadmap-graph>` built from the same attributes and inline data
 * as the snippet (through DOM calls, so no HTML is parsed from strings), rebuilt on every change.
 */
export function EmbedPreview({ status, source, attributes }: EmbedPreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = host.current;
    if (!container || status !== 'ready') return;
    const element = document.createElement('roadmap-graph');
    for (const [name, value] of attributeList(source, attributes)) element.setAttribute(name, value);
    if (source.kind === 'inline') {
      const data = document.createElement('script');
      data.type = source.type;
      data.textContent = source.text;
      element.append(data);
    }
    container.replaceChildren(element);
    return () => element.remove();
  }, [status, source, attributes]);

  if (status === 'missing') {
    return (
      <div className="embed-preview embed-preview--missing" role="note">
        <p>
          The element&apos;s script is not part of this build yet. Run <code>pnpm build</code> (or <code>pnpm start</code>), which
          builds <code>packages/element</code> before the site, then reload this page.
        </p>
      </div>
    );
  }
  return <div ref={host} className="embed-preview" aria-busy={status === 'loading'} />;
}
