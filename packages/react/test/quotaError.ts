/** The error a full (or disabled) localStorage throws on save. */
export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
