/**
 * Formats a coordinate for SVG output: rounded to two decimals, without trailing zeros or
 * negative zero, so the same layout always prints the same digits.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
