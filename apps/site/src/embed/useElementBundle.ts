import { useEffect, useState } from 'react';

/** Whether `<roadmap-graph>` can be used on this page. */
export type ElementStatus = 'loading' | 'ready' | 'missing';

/**
 * Loads the element's module script once (a `<script type="module">`, as a reader's page would)
 * and reports when `<roadmap-graph>` is defined, or that the bundle is not there: the site was
 * built before packages/element was.
 */
export function useElementBundle(scriptUrl: string): ElementStatus {
  const [status, setStatus] = useState<ElementStatus>(() => (customElements.get('roadmap-graph') ? 'ready' : 'loading'));
  useEffect(() => {
    if (customElements.get('roadmap-graph')) return;
    let active = true;
    let script = document.querySelector<HTMLScriptElement>(`script[data-roadmap-graph-bundle]`);
    if (!script) {
      script = document.createElement('script');
      script.type = 'module';
      script.src = scriptUrl;
      script.dataset.roadmapGraphBundle = '';
      document.head.append(script);
    }
    const fail = (): void => {
      if (active) setStatus('missing');
    };
    script.addEventListener('error', fail);
    void customElements.whenDefined('roadmap-graph').then(() => {
      if (active) setStatus('ready');
    });
    return () => {
      active = false;
      script?.removeEventListener('error', fail);
    };
  }, [scriptUrl]);
  return status;
}
