/**
 * The language an element is in: its own `lang`, else its nearest ancestor's, across shadow
 * roots (an element inside another component's shadow root takes the host page's language), else
 * `undefined`. An empty `lang=""` means "unknown" in HTML, so it counts as none.
 */
export function nearestLang(element: Element): string | undefined {
  for (let at: Element | null = element; at !== null; ) {
    const lang = at.getAttribute('lang');
    if (lang !== null) return lang.trim() || undefined;
    const parent: Element | null = at.parentElement;
    if (parent !== null) at = parent;
    else {
      const root = at.getRootNode();
      at = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return undefined;
}
