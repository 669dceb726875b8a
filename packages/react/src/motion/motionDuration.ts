/**
 * How long an animated pan or zoom of `ms` milliseconds should take for this reader: `0` when
 * they asked the system for reduced motion (WCAG 2.3.3), so the map jumps instead of gliding.
 * Read at each move, so a setting changed while the page is open applies at once.
 */
export function motionDuration(ms: number): number {
  if (typeof matchMedia !== 'function') return ms;
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : ms;
}
