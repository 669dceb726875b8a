import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delayMs`: typing is not re-parsed and re-laid out
 * on every key press, only when the writer pauses.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
