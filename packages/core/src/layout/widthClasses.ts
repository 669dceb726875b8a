/**
 * The widths a roadmap is laid out for. A map picks the class of its container's width
 * ({@link widthClassFor}) and draws the layout made for it, so topic text stays readable
 * wherever the map is shown:
 *
 * - `phone` (360 px): a phone held upright. Sections are stacked, one or two topics per row, and
 *   the layout is at most 360 px wide, so topic text shows at full size without scrolling sideways.
 *   Always flows top to bottom, whatever the requested direction.
 * - `column` (720 px): a blog or documentation column. Sections are stacked (or, flowing
 *   `RIGHT`, wrap into rows of that width), with as many topic columns as fit in 720 px.
 * - `wide` (1280 px): a landscape screen. Sections flow in two dimensions (columns of sections
 *   flowing `DOWN`, rows of sections flowing `RIGHT`), shaped so that the whole roadmap fits the
 *   map area of a 1280 × 800 screen, about `width` × `height`, as large as it can.
 */
export const WIDTH_CLASSES = {
  phone: { width: 360 },
  column: { width: 720 },
  wide: { width: 1280, height: 630 },
} as const satisfies Record<string, { width: number; height?: number }>;

/** One of the {@link WIDTH_CLASSES}: `'phone'`, `'column'` or `'wide'`. */
export type WidthClass = keyof typeof WIDTH_CLASSES;

/** Every width class, narrowest first. */
export const WIDTH_CLASS_NAMES: readonly WidthClass[] = ['phone', 'column', 'wide'];

/**
 * The smallest zoom at which a layout still reads well: topic text of 14 px (the default) shows
 * at 12 px. A class is chosen for containers down to its width times this.
 */
const READABLE_ZOOM = 12 / 14;

/**
 * The width class a container of `containerWidth` CSS pixels should show: the widest class
 * whose width, shown at the smallest readable zoom (12 px for 14 px topic text, × 6/7), fits
 * the container without horizontal scrolling. That makes `column` from 618 px and `wide` from
 * 1,098 px; anything narrower, and a width that is not a finite number, gets `phone`.
 *
 * @example
 * widthClassFor(390); // 'phone'
 * widthClassFor(720); // 'column'
 * widthClassFor(1280); // 'wide'
 */
export function widthClassFor(containerWidth: number): WidthClass {
  let chosen: WidthClass = 'phone';
  if (typeof containerWidth !== 'number' || !Number.isFinite(containerWidth)) return chosen;
  for (const name of WIDTH_CLASS_NAMES) {
    if (Math.ceil(WIDTH_CLASSES[name].width * READABLE_ZOOM) <= containerWidth) chosen = name;
  }
  return chosen;
}

/** Whether `value` names a width class. */
export function isWidthClass(value: unknown): value is WidthClass {
  return typeof value === 'string' && (WIDTH_CLASS_NAMES as readonly string[]).includes(value);
}
