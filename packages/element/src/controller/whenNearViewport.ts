/**
 * Calls `callback` once, when `element` comes within `margin` of the viewport (at once where
 * there is no IntersectionObserver). Returns a function that stops waiting.
 */
export function whenNearViewport(element: Element, margin: string, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      callback();
    },
    { rootMargin: margin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
