import { followPageScheme } from '../styles/followPageScheme.js';
import { whenNearViewport } from './whenNearViewport.js';

/** Rendering starts when the element comes this close to the viewport. */
const NEAR_VIEWPORT = '200px';

/** What {@link connectHost} tells the element. */
export interface HostSignals {
  /** The element came near the viewport: time to load and render. */
  onNearViewport(): void;
  /** Its children changed: an inline data script may be new. */
  onChildrenChange(): void;
}

/**
 * What an element on the page watches until it leaves: a placeholder in `frame` until it comes
 * near the viewport, its children (inline data), and the page's theme toggle. Returns the way
 * to stop watching.
 */
export function connectHost(host: HTMLElement, frame: HTMLElement, internals: ElementInternals, signals: HostSignals): () => void {
  const placeholder = document.createElement('div');
  placeholder.className = 'rg-element__placeholder';
  // The page's fallback content (children besides the data script), for printing a map that
  // has not come near the viewport yet: host.css shows it on paper only.
  placeholder.append(document.createElement('slot'));
  frame.replaceChildren(placeholder);
  const mutation = new MutationObserver(() => signals.onChildrenChange());
  mutation.observe(host, { childList: true, subtree: true, characterData: true });
  const stopWaiting = whenNearViewport(host, NEAR_VIEWPORT, () => signals.onNearViewport());
  const stopFollowingScheme = followPageScheme(host, internals);
  return () => {
    stopWaiting();
    mutation.disconnect();
    stopFollowingScheme();
  };
}
